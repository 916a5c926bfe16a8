package be.toppsy.desk.residents;

/**
 * The stepped-care support level (basis / verhoogd / intensief), with the guide chapter and the
 * e-learning module of the default content pack that go with it.
 */
public enum SupportLevel {
    BASIC("g3", "m1", "level-basic"),
    HEIGHTENED("g2", "m2", "level-heightened"),
    INTENSIVE("g4", "m3", "level-intensive");

    private final String guideChapter;
    private final String module;
    private final String styleClass;

    SupportLevel(String guideChapter, String module, String styleClass) {
        this.guideChapter = guideChapter;
        this.module = module;
        this.styleClass = styleClass;
    }

    public String guideChapter() {
        return guideChapter;
    }

    public String module() {
        return module;
    }

    public String styleClass() {
        return styleClass;
    }

    public String messageKey() {
        return "residents.level." + name();
    }
}
