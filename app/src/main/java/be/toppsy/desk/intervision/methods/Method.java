package be.toppsy.desk.intervision.methods;

import java.util.List;

/**
 * One version of an intervision method: an ordered list of phases.
 *
 * @param familyId      the same for every version of one method
 * @param builtinKey    "toppsy", "incident"... for the methods shipped with the application, else null
 * @param template      a template meant to be adapted by the centre (the TOPPSY team intervision)
 * @param current       the version offered for new sessions
 * @param sessionsUsing sessions that have started or finished with this version (it is then frozen)
 */
public record Method(long id, long familyId, int version, String name, String description, String builtinKey,
        boolean template, boolean current, boolean archived, List<Phase> phases, int sessionsUsing) {

    public Method {
        phases = List.copyOf(phases);
    }

    public int totalMinutes() {
        return phases.stream().mapToInt(Phase::minutes).sum();
    }

    public boolean frozen() {
        return sessionsUsing > 0;
    }
}
