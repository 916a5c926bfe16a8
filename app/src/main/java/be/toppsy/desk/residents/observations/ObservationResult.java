package be.toppsy.desk.residents.observations;

/** What saving an observation did: its id, and whether the crisis steps must be shown now. */
public record ObservationResult(long id, boolean crisis, boolean medicalServiceFlagged) {
}
