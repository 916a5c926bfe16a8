package be.toppsy.desk.intervision.methods;

import java.util.List;

/** A method as typed in the method editor. */
public record MethodDraft(String name, String description, List<Phase> phases) {

    public MethodDraft {
        phases = List.copyOf(phases);
    }
}
