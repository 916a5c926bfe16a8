package be.toppsy.desk.residents.reviews;

import java.time.LocalDate;

/** A screening result: numbers only; the application does not reproduce questionnaires. */
public record Screening(long id, long residentId, String instrument, LocalDate screenedOn, Integer score,
        boolean thresholdReached) {
}
