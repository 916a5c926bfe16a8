package be.toppsy.desk.common;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stepped-care support level (basis / verhoogd / intensief), shared by every feature: the
 * resident tracker, intervision cases, the content packs and the reports. Stored in the database
 * by its {@link #name()}; written in content packs by its {@link #packCode()}.
 */
public enum SupportLevel {
    BASIC("basis", "g3", "m1", "level-basic"),
    HEIGHTENED("verhoogd", "g2", "m2", "level-heightened"),
    INTENSIVE("intensief", "g4", "m3", "level-intensive");

    private final String packCode;
    private final String guideChapter;
    private final String module;
    private final String styleClass;

    SupportLevel(String packCode, String guideChapter, String module, String styleClass) {
        this.packCode = packCode;
        this.guideChapter = guideChapter;
        this.module = module;
        this.styleClass = styleClass;
    }

    /** How a content pack writes the level (fixed by the pack format, so Dutch). */
    public String packCode() {
        return packCode;
    }

    /** The level read from a pack's {@code levels:} field or a {@code level:} link. */
    public static Optional<SupportLevel> fromPackCode(String code) {
        return Arrays.stream(values()).filter(l -> l.packCode.equals(code)).findFirst();
    }

    /** The guide chapter of the default pack about this level. */
    public String guideChapter() {
        return guideChapter;
    }

    /** The e-learning module of the default pack about this level. */
    public String module() {
        return module;
    }

    /** The shared style class for this level's colour (see app.css). */
    public String styleClass() {
        return styleClass;
    }

    /** Message key of the level's short name ("Verhoogd"), in the core bundle. */
    public String messageKey() {
        return "level." + name();
    }

    /** Message key of the level's full name ("Verhoogde ondersteuning"), in the core bundle. */
    public String supportKey() {
        return "level.support." + name();
    }
}
