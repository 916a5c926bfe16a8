package be.toppsy.desk.residents.observations;

/** The quick entry: resident, category and text; concern and "discuss in team" are optional. */
public record NewObservation(Long residentId, ObservationCategory category, String body, Concern concern,
        boolean discuss) {
}
