package be.toppsy.desk.reports;

import java.time.LocalDate;
import java.util.Objects;

/** A completed e-learning module, for its certificate. */
public record CertificateData(String participant, String module, LocalDate completedOn, int lessons,
        Integer scorePercent, String organisation, String issuedBy) {

    public CertificateData {
        Objects.requireNonNull(participant);
        Objects.requireNonNull(module);
        Objects.requireNonNull(completedOn);
    }
}
