package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.i18n.Messages;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The support plan tab: adding actions and closing them with a result. */
public final class PlanViewModel {

    private final ResidentPageViewModel page;
    private final ResidentService service;
    private final FieldErrors actionErrors;
    private final StringProperty actionTitle = new SimpleStringProperty("");
    private final ObjectProperty<User> actionOwner = new SimpleObjectProperty<>();
    private final StringProperty actionDue = new SimpleStringProperty("");
    private final ObjectProperty<PreventionTier> actionTier = new SimpleObjectProperty<>();

    PlanViewModel(ResidentPageViewModel page, ResidentService service, Messages messages) {
        this.page = page;
        this.service = service;
        this.actionErrors = new FieldErrors(messages);
    }

    public void addAction() {
        actionErrors.clear();
        LocalDate due = ResidentPageViewModel.date(actionErrors, "due", actionDue.get());
        if (actionErrors.any()) {
            return;
        }
        long id = page.residentId();
        String title = actionTitle.get();
        Long owner = actionOwner.get() == null ? null : actionOwner.get().id();
        PreventionTier tier = actionTier.get();
        page.run(actionErrors, () -> service.plan().addAction(id, title, owner, due, tier), newId -> {
            actionTitle.set("");
            actionDue.set("");
            actionOwner.set(null);
            actionTier.set(null);
        });
    }

    public void closeAction(PlanAction action, ActionState state, String result) {
        page.run(actionErrors, () -> {
            service.plan().closeAction(action.id(), state, result);
            return true;
        }, ok -> { });
    }

    public ReadOnlyStringProperty actionError(String field) {
        return actionErrors.of(field);
    }

    public StringProperty actionTitleProperty() {
        return actionTitle;
    }

    public ObjectProperty<User> actionOwnerProperty() {
        return actionOwner;
    }

    public StringProperty actionDueProperty() {
        return actionDue;
    }

    public ObjectProperty<PreventionTier> actionTierProperty() {
        return actionTier;
    }
}
