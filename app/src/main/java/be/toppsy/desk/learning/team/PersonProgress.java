package be.toppsy.desk.learning.team;

import be.toppsy.desk.learning.ModuleStatus;
import be.toppsy.desk.learning.UserProgress;
import java.time.OffsetDateTime;
import java.util.List;

/** A team member's progress, as the team overview shows it. */
public record PersonProgress(long userId, String displayName, String username, List<ModuleStatus> modules,
        int totalSeconds, int completedLessonMinutes, OffsetDateTime lastActivity, UserProgress raw) {

    public PersonProgress {
        modules = List.copyOf(modules);
    }

    public long modulesCompleted() {
        return modules.stream().filter(ModuleStatus::completed).count();
    }
}
