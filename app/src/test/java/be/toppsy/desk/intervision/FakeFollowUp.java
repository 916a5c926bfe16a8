package be.toppsy.desk.intervision;

import be.toppsy.desk.common.SupportLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An in-memory follow-up tracker for tests: residents, who may see them, and plan actions. */
public final class FakeFollowUp implements FollowUpLink {

    record Resident(long id, String code, SupportLevel level, List<String> names) {
    }

    record PlanAction(long id, long residentId, String title, Long owner, LocalDate due, SessionOrigin origin) {
    }

    final Map<Long, Resident> residents = new HashMap<>();
    /** Residents the current user may not see. */
    final Set<Long> hidden = new HashSet<>();
    final List<PlanAction> planActions = new ArrayList<>();
    final Map<Long, ActionState> states = new HashMap<>();
    boolean failOnAdd;
    boolean available = true;

    Resident add(long id, String code, SupportLevel level, String... names) {
        Resident r = new Resident(id, code, level, List.of(names));
        residents.put(id, r);
        return r;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public List<ResidentRef> findResidents(String query, int limit) {
        return residents.values().stream().filter(r -> !hidden.contains(r.id()))
                .filter(r -> r.code().contains(query) || r.names().stream().anyMatch(n -> n.contains(query)))
                .limit(limit).map(r -> new ResidentRef(r.id(), r.code(), r.level())).toList();
    }

    @Override
    public Optional<ResidentRef> resident(long residentId) {
        Resident r = residents.get(residentId);
        if (r == null || hidden.contains(residentId)) {
            return Optional.empty();
        }
        return Optional.of(new ResidentRef(r.id(), r.code(), r.level()));
    }

    @Override
    public List<String> names(long residentId) {
        Resident r = residents.get(residentId);
        return r == null ? List.of() : r.names();
    }

    @Override
    public long addPlanAction(long residentId, String title, Long ownerUserId, LocalDate due,
            SessionOrigin origin) {
        if (failOnAdd) {
            throw new IllegalStateException("tracker down");
        }
        long id = 1000 + planActions.size();
        planActions.add(new PlanAction(id, residentId, title, ownerUserId, due, origin));
        states.put(id, new ActionState("open", due, null));
        return id;
    }

    @Override
    public Optional<ActionState> actionState(long actionId) {
        return Optional.ofNullable(states.get(actionId));
    }
}
