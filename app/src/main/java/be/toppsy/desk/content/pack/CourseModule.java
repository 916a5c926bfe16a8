package be.toppsy.desk.content.pack;

import be.toppsy.desk.common.SupportLevel;
import java.util.List;
import java.util.Optional;

/**
 * An e-learning module: its lessons in order, an optional quiz, its scenario exercises and pass
 * mark, and an optional trainer guide.
 */
public record CourseModule(String id, int number, String title, String question, SupportLevel level, int passMark,
        String description, List<Lesson> lessons, Quiz quiz, List<Scenario> scenarios, TrainerGuide trainerGuide,
        SourceLocation location) {

    public CourseModule {
        lessons = List.copyOf(lessons);
        scenarios = List.copyOf(scenarios);
    }

    public Optional<Quiz> optionalQuiz() {
        return Optional.ofNullable(quiz);
    }

    public Optional<TrainerGuide> optionalTrainerGuide() {
        return Optional.ofNullable(trainerGuide);
    }

    public int totalMinutes() {
        return lessons.stream().mapToInt(Lesson::minutes).sum();
    }
}
