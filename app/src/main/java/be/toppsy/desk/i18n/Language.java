package be.toppsy.desk.i18n;

import java.util.Arrays;
import java.util.Locale;

/** The interface languages: Dutch first, then French and English. */
public enum Language {
    NL("nl", new Locale("nl", "BE")),
    FR("fr", new Locale("fr", "BE")),
    EN("en", new Locale("en", "BE"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a stored code; Dutch when the code is unknown. */
    public static Language fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst().orElse(NL);
    }
}
