package be.toppsy.desk.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interface texts. One bundle per feature under {@code be/toppsy/desk/i18n/}, each in Dutch
 * (the default, {@code _nl}), French and English. Placeholders are {@code {0}}, {@code {1}}...
 * and are filled by plain substitution, so apostrophes need no escaping.
 */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    /** Every feature's bundle; a feature with interface texts adds its name here. */
    public static final List<String> BUNDLES = List.of(
            "core", "accounts", "audit", "content", "guide", "learning", "residents", "socialmap", "intervision", "reports");

    private static final String BASE = "be.toppsy.desk.i18n.";

    private volatile Language language;
    private volatile List<ResourceBundle> bundles;
    private final List<Consumer<Language>> listeners = new CopyOnWriteArrayList<>();

    public Messages(Language language) {
        setLanguage(language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public void setLanguage(Language newLanguage) {
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                loaded.add(ResourceBundle.getBundle(BASE + name, newLanguage.locale(), NO_FALLBACK));
            } catch (MissingResourceException e) {
                // A feature without texts yet; nothing to load.
            }
        }
        boolean changed = language != null && language != newLanguage;
        this.bundles = List.copyOf(loaded);
        this.language = newLanguage;
        if (changed) {
            listeners.forEach(l -> l.accept(newLanguage));
        }
    }

    public void onLanguageChange(Consumer<Language> listener) {
        listeners.add(listener);
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text for a key, with {0}, {1}... replaced by the arguments. */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return format(bundle.getString(key), args);
            }
        }
        LOG.warn("Missing message key {}", key);
        return "!" + key + "!";
    }

    public static String format(String pattern, Object... args) {
        if (args == null || args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close > i + 1) {
                    String index = pattern.substring(i + 1, close);
                    if (index.chars().allMatch(Character::isDigit)) {
                        int n = Integer.parseInt(index);
                        out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Bundles are per language without falling back to the machine's locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
