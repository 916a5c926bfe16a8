package be.toppsy.desk.residents.plan;

/** Where an action of the support plan stands. */
public enum ActionState {
    OPEN, DONE, CANCELLED;

    public String messageKey() {
        return "residents.actionState." + name();
    }
}
