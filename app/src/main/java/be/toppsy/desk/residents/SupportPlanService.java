package be.toppsy.desk.residents;

import static be.toppsy.desk.residents.ResidentService.AUDIT_ENTITY;
import static be.toppsy.desk.residents.ResidentsContext.trim;

import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.residents.plan.ActionRequest;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.ActionStatus;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import java.time.LocalDate;
import java.util.Optional;

/** The support plan: adding and closing actions, also on behalf of other features. */
public final class SupportPlanService {

    private final ResidentsContext ctx;
    private final ResidentRepository residentsRows;
    private final PlanRepository plansRows;

    SupportPlanService(ResidentsContext ctx, ResidentRepository residentsRows, PlanRepository plansRows) {
        this.ctx = ctx;
        this.residentsRows = residentsRows;
        this.plansRows = plansRows;
    }

    public long addAction(long residentId, String title, Long ownerId, LocalDate due, PreventionTier tier) {
        return addActionFor(new ActionRequest(residentId, title, ownerId, due, tier, null));
    }

    /**
     * For other features (e.g. the intervision board): adds an action to a resident's support plan
     * on behalf of the current user, who needs RESIDENT_EDIT. Returns the action's id.
     */
    public long addActionFor(ActionRequest request) {
        CurrentUser user = ctx.session.require(Permission.RESIDENT_EDIT);
        ValidationException.Builder errors = new ValidationException.Builder();
        String title = trim(request.title());
        if (title == null) {
            errors.add("title", "residents.error.titleRequired");
        } else if (title.length() > 500) {
            errors.add("title", "residents.error.tooLong", 500);
        }
        errors.throwIfAny();
        return ctx.database.transaction(tx -> {
            if (residentsRows.code(tx, request.residentId()).isEmpty()) {
                throw ValidationException.of("title", "residents.error.notFound");
            }
            long id = plansRows.insertAction(tx, request.residentId(), title, request.ownerId(), request.dueDate(),
                    request.tier(), request.origin(), ctx.now(), user.id());
            ctx.audit.record(tx, "ACTION_ADDED", AUDIT_ENTITY, String.valueOf(request.residentId()), "action=" + id
                    + (request.origin() != null ? ", fromOtherFeature" : ""));
            return id;
        });
    }

    /**
     * Closes an action as done or cancelled with a short result. Allowed with RESIDENT_EDIT, and for
     * the action's own owner.
     */
    public void closeAction(long actionId, ActionState state, String result) {
        CurrentUser user = ctx.session.require(Permission.OBSERVATION_ADD);
        if (state == null || state == ActionState.OPEN) {
            throw ValidationException.of("result", "residents.error.closeState");
        }
        String text = trim(result);
        if (text == null) {
            throw ValidationException.of("result", "residents.error.resultRequired");
        }
        if (text.length() > 4000) {
            throw ValidationException.of("result", "residents.error.tooLong", 4000);
        }
        ctx.database.transactionWithoutResult(tx -> {
            PlanAction action = plansRows.action(tx, actionId, id -> "")
                    .orElseThrow(() -> ValidationException.of("result", "residents.error.notFound"));
            boolean owner = action.ownerId() != null && action.ownerId() == user.id();
            if (!owner && !user.has(Permission.RESIDENT_EDIT)) {
                throw new AccessDeniedException(Permission.RESIDENT_EDIT);
            }
            if (action.state() != ActionState.OPEN) {
                throw ValidationException.of("result", "residents.error.alreadyClosed");
            }
            plansRows.closeAction(tx, actionId, state, text, ctx.now());
            ctx.audit.record(tx, "ACTION_CLOSED", AUDIT_ENTITY, String.valueOf(action.residentId()),
                    "action=" + actionId + ", state=" + state.name());
        });
    }

    /** For other features: where an action stands; empty if it does not exist or the user may not see residents. */
    public Optional<ActionStatus> actionStatus(long actionId) {
        if (!ctx.session.has(Permission.RESIDENT_LIST)) {
            return Optional.empty();
        }
        LocalDate today = ctx.today();
        return plansRows.action(ctx.database.dsl(), actionId, ctx.names()).map(a -> new ActionStatus(a.id(),
                a.residentId(),
                a.residentCode(), a.title(), a.state(), a.dueDate(), a.isOverdue(today), a.result(), a.closedAt()));
    }
}
