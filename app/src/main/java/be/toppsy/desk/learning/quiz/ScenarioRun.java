package be.toppsy.desk.learning.quiz;

import java.time.OffsetDateTime;

/** One finished run through a scenario exercise. */
public record ScenarioRun(String scenarioId, int choiceCount, int goodCount, int secondsSpent,
        OffsetDateTime finishedAt) {
}
