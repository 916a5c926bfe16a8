package be.toppsy.desk.residents.reviews;

import java.time.LocalDate;

/** A needs assessment or a review of the support plan. */
public record Review(long id, long residentId, ReviewKind kind, LocalDate heldOn, String heldByName, String summary) {
}
