package be.toppsy.desk.residents.record;

/** Whether a resident still lives in the centre. */
public enum ResidentState {
    PRESENT, TRANSFERRED, LEFT;

    public String messageKey() {
        return "residents.residentState." + name();
    }
}
