package be.toppsy.desk.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** E-learning progress of one person or a team, for HR. */
public record TrainingOverviewData(String scope, LocalDate asOf, List<PersonTraining> people) {

    public TrainingOverviewData {
        Objects.requireNonNull(scope);
        Objects.requireNonNull(asOf);
        people = List.copyOf(people);
    }

    public record PersonTraining(String person, String role, List<ModuleProgress> modules) {
        public PersonTraining {
            modules = List.copyOf(modules);
        }
    }

    /** @param scorePercent the best quiz score, or null */
    public record ModuleProgress(String module, int completedLessons, int totalLessons, LocalDate completedOn,
            Integer scorePercent) {
    }
}
