package be.toppsy.desk.reports;

import java.util.Objects;

/** A resident as documents see them: always the code, the name only when the export includes names. */
public record ResidentRef(String code, String name) {

    public ResidentRef {
        Objects.requireNonNull(code);
        name = name == null ? "" : name;
    }
}
