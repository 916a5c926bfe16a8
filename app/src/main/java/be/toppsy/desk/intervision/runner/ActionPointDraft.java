package be.toppsy.desk.intervision.runner;

import java.time.LocalDate;

/**
 * An action point as typed in the runner.
 *
 * @param toResidentPlan also add it as an action to the support plan of the case's linked resident
 */
public record ActionPointDraft(String title, Long ownerId, LocalDate due, boolean toResidentPlan) {
}
