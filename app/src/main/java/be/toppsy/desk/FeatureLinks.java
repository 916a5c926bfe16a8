package be.toppsy.desk;

import be.toppsy.desk.content.ContentCatalog;
import be.toppsy.desk.intervision.ContentLink;
import be.toppsy.desk.intervision.FollowUpLink;
import be.toppsy.desk.residents.plan.ActionOrigin;
import be.toppsy.desk.residents.plan.ActionRequest;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.ActionStatus;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.record.ResidentRef;
import be.toppsy.desk.residents.ResidentService;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Connects the intervision board to the follow-up tracker and the guide through the ports it
 * defines, so that neither feature depends on the other's package. Wired in {@link App}.
 */
final class FeatureLinks {

    private FeatureLinks() {
    }

    /** Intervision's view of the resident tracker. */
    static FollowUpLink followUp(ResidentService residents) {
        return new FollowUpLink() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public List<FollowUpLink.ResidentRef> findResidents(String query, int limit) {
                return residents.searchVisible(query, limit).stream().map(FeatureLinks::ref).toList();
            }

            @Override
            public Optional<FollowUpLink.ResidentRef> resident(long residentId) {
                return residents.summary(residentId)
                        .map(s -> new FollowUpLink.ResidentRef(s.id(), s.code(), s.level()));
            }

            @Override
            public List<String> names(long residentId) {
                return residents.namesForPrivacyCheck(residentId);
            }

            @Override
            public long addPlanAction(long residentId, String title, Long ownerUserId, LocalDate due,
                    FollowUpLink.SessionOrigin origin) {
                // Intervision action points support a resident who is already discussed by the team:
                // the prevention tier of such an action is tertiary support during the stay.
                return residents.addActionFor(new ActionRequest(residentId, title, ownerUserId, due,
                        PreventionTier.TERTIARY, new ActionOrigin(origin.sessionDate(), origin.caseId())));
            }

            @Override
            public Optional<FollowUpLink.ActionState> actionState(long actionId) {
                return residents.actionStatus(actionId).map(FeatureLinks::state);
            }
        };
    }

    /** Intervision's view of the guide chapters and lessons. */
    static ContentLink content(ContentCatalog catalog) {
        return () -> Stream.concat(catalog.chapters().stream(), catalog.lessons().stream())
                .map(e -> new ContentLink.ContentRef(
                        e.kind() == ContentCatalog.Kind.CHAPTER ? ContentLink.ContentRef.CHAPTER
                                : ContentLink.ContentRef.LESSON,
                        e.id(), e.title(), e.levels(), List.of()))
                .toList();
    }

    private static FollowUpLink.ResidentRef ref(ResidentRef r) {
        return new FollowUpLink.ResidentRef(r.id(), r.code(), r.level());
    }

    private static FollowUpLink.ActionState state(ActionStatus status) {
        String state = status.overdue() && status.state() == ActionState.OPEN ? "overdue"
                : status.state().name().toLowerCase(Locale.ROOT);
        return new FollowUpLink.ActionState(state, status.dueDate(), status.result());
    }

}
