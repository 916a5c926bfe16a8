package be.toppsy.desk.learning.team;

import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.learning.ModuleStatus;
import be.toppsy.desk.learning.ProgressService;
import be.toppsy.desk.reports.MeetingPackData;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Fills the training section of the team meeting pack from the team overview (modules started or completed). */
public final class LearningExports {

    private final ProgressService progress;
    private final ContentService content;
    private final ZoneId zone;

    public LearningExports(ProgressService progress, ContentService content, ZoneId zone) {
        this.progress = progress;
        this.content = content;
        this.zone = zone;
    }

    /** One line per person and module they started; empty when the user may not see the team overview. */
    public List<MeetingPackData.TrainingLine> trainingLines() {
        if (!progress.canSeeTeam()) {
            return List.of();
        }
        Map<String, String> titles = content.pack().map(p -> p.modules().stream()
                .collect(Collectors.toMap(CourseModule::id, m -> m.number() + ". " + m.title(), (a, b) -> a)))
                .orElse(Map.of());
        List<MeetingPackData.TrainingLine> lines = new ArrayList<>();
        for (PersonProgress person : progress.teamOverview()) {
            for (ModuleStatus m : person.modules()) {
                if (!m.started() && !m.completed()) {
                    continue;
                }
                lines.add(new MeetingPackData.TrainingLine(person.displayName(),
                        titles.getOrDefault(m.moduleId(), m.moduleId()), m.lessonsCompleted(), m.lessonsTotal(),
                        m.completedAt() == null ? null : m.completedAt().atZoneSameInstant(zone).toLocalDate()));
            }
        }
        return lines;
    }

}
