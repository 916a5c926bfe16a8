package be.toppsy.desk.intervision.methods;

import be.toppsy.desk.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The methods shipped with the application ({@code builtin-methods.yaml}), in one language. */
public final class BuiltInMethods {

    /** The default method for new sessions. */
    public static final String DEFAULT_KEY = "toppsy";
    private static final String RESOURCE = "/be/toppsy/desk/intervision/builtin-methods.yaml";

    /** A shipped method: its key, whether it is a template to adapt, and its text in one language. */
    public record BuiltIn(String key, boolean template, MethodDraft draft) {
    }

    private BuiltInMethods() {
    }

    public static List<BuiltIn> load(Language language) {
        List<Map<String, Object>> entries;
        try (InputStream in = BuiltInMethods.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<BuiltIn> methods = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            List<Phase> phases = new ArrayList<>();
            int order = 1;
            for (Object item : (List<?>) entry.get("phases")) {
                Map<?, ?> phase = (Map<?, ?>) item;
                phases.add(new Phase(order++, text(phase.get("name"), language), text(phase.get("instruction"), language),
                        ((Number) phase.get("minutes")).intValue(), Speaker.valueOf((String) phase.get("speaker")),
                        Boolean.TRUE.equals(phase.get("listens")), Produces.valueOf((String) phase.get("produces"))));
            }
            methods.add(new BuiltIn((String) entry.get("key"), Boolean.TRUE.equals(entry.get("template")),
                    new MethodDraft(text(entry.get("name"), language), text(entry.get("description"), language),
                            phases)));
        }
        return methods;
    }

    private static String text(Object value, Language language) {
        Map<?, ?> byLanguage = (Map<?, ?>) value;
        Object text = byLanguage.get(language.code());
        return String.valueOf(text != null ? text : byLanguage.get("nl"));
    }
}
