package be.toppsy.desk.residents.record;

import be.toppsy.desk.common.SupportLevel;
import java.time.LocalDate;

/**
 * For other features (intervision, reports): a short, de-identified summary of a resident.
 * {@code name} is null unless the user holds RESIDENT_NAMES_IN_EXPORTS and asked for it.
 */
public record ResidentSummary(long id, String code, String name, SupportLevel level, String unit,
        ResidentState state, String keyWorkerName, LocalDate nextReviewDue, boolean teamDiscussion,
        boolean medicalFlag, int openActions, int overdueActions) {
}
