package be.toppsy.desk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three languages stay in step: every bundle has the same keys in nl, fr and en, with the
 * same placeholders, no key twice, and every key the code asks for exists.
 */
class MessageBundlesTest {

    private static final List<String> LANGUAGES = List.of("nl", "fr", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** Literal keys in calls such as messages.get("x.y"), errors.set("f", "x.y"), ValidationException.of("f", "x.y"). */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:messages\\.get|\\.has)\\(\"([a-zA-Z0-9_.]+)\"[,)]"
            + "|(?:\\.set|\\.add|ValidationException\\.of)\\(\"[a-zA-Z0-9_]+\",\\s*\"([a-zA-Z0-9_]+\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Map<String, Properties> byLanguage = load(bundle);
            if (byLanguage.isEmpty()) {
                continue;
            }
            assertThat(byLanguage.keySet()).as("languages of %s", bundle).containsExactlyInAnyOrderElementsOf(LANGUAGES);
            Set<Object> dutch = byLanguage.get("nl").keySet();
            for (String language : LANGUAGES) {
                assertThat(byLanguage.get(language).keySet()).as("keys of %s_%s", bundle, language)
                        .containsExactlyInAnyOrderElementsOf(dutch);
            }
        }
    }

    @Test
    void placeholdersMatchAcrossLanguages() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Map<String, Properties> byLanguage = load(bundle);
            if (byLanguage.isEmpty()) {
                continue;
            }
            for (Object key : byLanguage.get("nl").keySet()) {
                Set<String> expected = placeholders(byLanguage.get("nl").getProperty((String) key));
                for (String language : LANGUAGES) {
                    String text = byLanguage.get(language).getProperty((String) key, "");
                    assertThat(placeholders(text)).as("placeholders of %s in %s_%s", key, bundle, language)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Map<String, String> seen = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            String resource = "/be/toppsy/desk/i18n/" + bundle + "_nl.properties";
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int eq = line.indexOf('=');
                    if (line.isBlank() || line.startsWith("#") || eq < 0) {
                        continue;
                    }
                    String key = line.substring(0, eq).trim();
                    String previous = seen.put(key, bundle);
                    if (previous != null) {
                        duplicates.add(key + " in " + previous + " and " + bundle);
                    }
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Messages messages = new Messages(Language.NL);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!messages.has(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void apostrophesSurviveFormatting() {
        assertThat(Messages.format("l'observation de {0}", "Zoë")).isEqualTo("l'observation de Zoë");
        assertThat(Messages.format("{1} en {0}", "a", "b")).isEqualTo("b en a");
    }

    private Map<String, Properties> load(String bundle) throws IOException {
        Map<String, Properties> byLanguage = new TreeMap<>();
        for (String language : LANGUAGES) {
            String resource = "/be/toppsy/desk/i18n/" + bundle + "_" + language + ".properties";
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    byLanguage.put(language, properties);
                }
            }
        }
        return byLanguage;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
