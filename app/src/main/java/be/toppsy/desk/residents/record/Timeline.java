package be.toppsy.desk.residents.record;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.reviews.Review;
import be.toppsy.desk.residents.reviews.Screening;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Puts everything that happened to a resident in one list, newest first. */
public final class Timeline {

    private Timeline() {
    }

    public static List<TimelineEntry> build(List<Observation> observations, List<LevelChange> levels,
            List<PlanAction> actions, List<Referral> referrals, List<Review> reviews, List<Screening> screenings,
            List<MedicalNote> notes, ZoneId zone) {
        List<TimelineEntry> out = new ArrayList<>();
        for (Observation o : observations) {
            out.add(new TimelineEntry(o.observedAt(), TimelineKind.OBSERVATION, o.id(), "residents.timeline.observation",
                    List.of(key(o.category().messageKey()), key(o.concern().messageKey())), o.body(),
                    o.authorName(), o.concern() == Concern.HIGH || o.category().isCrisis()));
        }
        for (LevelChange c : levels) {
            out.add(new TimelineEntry(c.changedAt(), TimelineKind.LEVEL, c.id(), "residents.timeline.level",
                    List.of(key(c.from() == null ? "residents.level.none" : c.from().messageKey()),
                        key(c.to().messageKey())), c.reason(), c.changedByName(), c.to() == SupportLevel.INTENSIVE));
        }
        for (PlanAction a : actions) {
            out.add(new TimelineEntry(a.createdAt(), TimelineKind.ACTION, a.id(), "residents.timeline.actionAdded",
                    List.of(a.title(), a.ownerName() == null ? "–" : a.ownerName(),
                        a.dueDate() == null ? "–" : be.toppsy.desk.i18n.Formats.date(a.dueDate())),
                    a.sourceNote(), null, false,
                    a.origin() == null ? null : new TimelineEntry.Note(a.origin().messageKey(), a.origin().args())));
            if (a.closedAt() != null) {
                out.add(new TimelineEntry(a.closedAt(), TimelineKind.ACTION, a.id(), "residents.timeline.actionClosed",
                        List.of(a.title(), key(a.state().messageKey())), a.result(), null, false));
            }
        }
        for (Referral r : referrals) {
            out.add(new TimelineEntry(at(r.proposedOn(), zone), TimelineKind.REFERRAL, r.id(),
                    "residents.timeline.referral", List.of(r.serviceName(), key(r.state().messageKey()),
                        key(r.consent().messageKey())), r.reason(), null,
                    r.isWaiting() && Set.of(Consent.NOT_ASKED, Consent.REFUSED).contains(r.consent())));
        }
        for (Review r : reviews) {
            out.add(new TimelineEntry(at(r.heldOn(), zone), TimelineKind.REVIEW, r.id(), "residents.timeline.review",
                    List.of(key(r.kind().messageKey())), r.summary(), r.heldByName(), false));
        }
        for (Screening s : screenings) {
            out.add(new TimelineEntry(at(s.screenedOn(), zone), TimelineKind.SCREENING, s.id(),
                    "residents.timeline.screening", List.of(s.instrument(),
                        s.score() == null ? "–" : String.valueOf(s.score()),
                        key(s.thresholdReached() ? "residents.screening.reached" : "residents.screening.notReached")),
                    null, null, s.thresholdReached()));
        }
        for (MedicalNote n : notes) {
            out.add(new TimelineEntry(n.writtenAt(), TimelineKind.MEDICAL, n.id(), "residents.timeline.medical",
                    List.of(), n.body(), n.authorName(), false));
        }
        out.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return out;
    }

    private static TimelineEntry.Key key(String key) {
        return new TimelineEntry.Key(key);
    }

    private static OffsetDateTime at(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toOffsetDateTime();
    }
}
