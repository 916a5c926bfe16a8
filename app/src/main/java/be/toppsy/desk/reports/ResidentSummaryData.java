package be.toppsy.desk.reports;

import be.toppsy.desk.common.SupportLevel;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A resident's follow-up, for a handover or a referral; the user chooses the sections.
 *
 * @param supportLevel may be null
 */
public record ResidentSummaryData(ResidentRef resident, String unit, SupportLevel supportLevel, String keyWorker,
        LocalDate arrivedOn, String purpose, List<String> planGoals, List<MeetingPackData.Observation> observations,
        List<MeetingPackData.Action> openActions, List<Referral> referrals, List<Review> reviews,
        Set<Section> sections) {

    public ResidentSummaryData {
        Objects.requireNonNull(resident);
        planGoals = List.copyOf(planGoals);
        observations = List.copyOf(observations);
        openActions = List.copyOf(openActions);
        referrals = List.copyOf(referrals);
        reviews = List.copyOf(reviews);
        sections = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
    }

    public enum Section {
        PROFILE, PLAN, OBSERVATIONS, ACTIONS, REFERRALS, REVIEWS
    }

    public record Referral(String service, LocalDate referredOn, String state) {
    }

    public record Review(LocalDate date, String outcome) {
    }
}
