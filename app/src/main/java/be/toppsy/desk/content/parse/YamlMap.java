package be.toppsy.desk.content.parse;

import be.toppsy.desk.content.pack.Problem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with SnakeYAML's node API, so that every value keeps its line. Reading a
 * field that is missing or of the wrong shape adds a {@link Problem} with the file and line.
 */
final class YamlMap {

    /** A text value and the line it is on. */
    record Scalar(String value, int line) {
    }

    private final String file;
    private final int lineOffset;
    private final List<Problem> problems;
    private final MappingNode node;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    private YamlMap(String file, int lineOffset, List<Problem> problems, MappingNode node) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(Problem.of(file, line(tuple.getKeyNode()), Problem.Kind.YAML_SYNTAX, "complex key"));
                continue;
            }
            if (values.containsKey(key.getValue())) {
                problems.add(Problem.of(file, line(key), Problem.Kind.YAML_SYNTAX,
                        "\"" + key.getValue() + "\" appears twice"));
                continue;
            }
            values.put(key.getValue(), tuple.getValueNode());
            keyLines.put(key.getValue(), line(key));
        }
    }

    /**
     * Parses a YAML document that must be a mapping.
     *
     * @param lineOffset lines before the text in its file (for front matter)
     */
    static Optional<YamlMap> parse(String file, String text, int lineOffset, List<Problem> problems) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setNestingDepthLimit(30);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            problems.add(Problem.of(file, line, Problem.Kind.YAML_SYNTAX, String.valueOf(problem)));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(Problem.of(file, lineOffset + 1, Problem.Kind.YAML_SYNTAX, String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(Problem.of(file, root == null ? lineOffset + 1 : root.getStartMark().getLine() + 1 + lineOffset,
                    Problem.Kind.YAML_SYNTAX, "expected \"field: value\" lines"));
            return Optional.empty();
        }
        return Optional.of(new YamlMap(file, lineOffset, problems, mapping));
    }

    String file() {
        return file;
    }

    /** The line on which this mapping starts. */
    int line() {
        return line(node);
    }

    /** The line of a field's value, or of the mapping when the field is absent. */
    int line(String key) {
        Node value = values.get(key);
        if (value == null) {
            return line();
        }
        return value instanceof ScalarNode && keyLines.containsKey(key) ? keyLines.get(key) : line(value);
    }

    boolean isSet(String key) {
        Node value = values.get(key);
        return value != null && !(value instanceof ScalarNode s && s.getValue().isBlank());
    }

    /** Warns about fields the format does not know (often a typo such as "corect"). */
    void warnUnknown(Set<String> known) {
        keyLines.forEach((key, line) -> {
            if (!known.contains(key)) {
                problems.add(Problem.of(file, line, Problem.Kind.UNKNOWN_FIELD, key));
            }
        });
    }

    Optional<Scalar> scalar(String key) {
        Node value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode s)) {
            problems.add(Problem.of(file, line(value), Problem.Kind.FIELD_INVALID, key, "(list)"));
            return Optional.empty();
        }
        String text = s.getValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(new Scalar(text, line(key)));
    }

    Optional<String> string(String key) {
        return scalar(key).map(Scalar::value);
    }

    /** A text field that must be there; empty (and a problem) when it is not. */
    String required(String key) {
        Optional<String> value = string(key);
        if (value.isEmpty() && !(values.get(key) instanceof SequenceNode) && !(values.get(key) instanceof MappingNode)) {
            problems.add(Problem.of(file, line(key), Problem.Kind.FIELD_MISSING, key));
        }
        return value.orElse("");
    }

    /** Keeps line breaks as written (for Markdown blocks such as a scenario's situation). */
    Optional<String> text(String key) {
        Node value = values.get(key);
        if (value instanceof ScalarNode s && !s.getValue().isBlank()) {
            return Optional.of(s.getValue());
        }
        return string(key);
    }

    Optional<Integer> integer(String key, int min, int max) {
        return scalar(key).flatMap(s -> {
            try {
                int n = Integer.parseInt(s.value());
                if (n >= min && n <= max) {
                    return Optional.of(n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(Problem.of(file, s.line(), Problem.Kind.FIELD_INVALID, key, s.value()));
            return Optional.empty();
        });
    }

    boolean bool(String key, boolean defaultValue) {
        Optional<Scalar> value = scalar(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String v = value.get().value().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("ja")) {
            return true;
        }
        if (v.equals("false") || v.equals("no") || v.equals("nee")) {
            return false;
        }
        problems.add(Problem.of(file, value.get().line(), Problem.Kind.FIELD_INVALID, key, value.get().value()));
        return defaultValue;
    }

    /** A list of texts; a single text is taken as a list of one. */
    List<Scalar> scalars(String key) {
        Node value = values.get(key);
        List<Scalar> out = new ArrayList<>();
        if (value instanceof ScalarNode s) {
            if (!s.getValue().isBlank()) {
                out.add(new Scalar(s.getValue().strip(), line(key)));
            }
        } else if (value instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(new Scalar(s.getValue().strip(), line(s)));
                } else {
                    problems.add(Problem.of(file, line(item), Problem.Kind.FIELD_INVALID, key, "(not a text)"));
                }
            }
        } else if (value != null) {
            problems.add(Problem.of(file, line(value), Problem.Kind.FIELD_INVALID, key, "(not a list)"));
        }
        return out;
    }

    /** A list of mappings, such as quiz questions. */
    List<YamlMap> maps(String key) {
        Node value = values.get(key);
        List<YamlMap> out = new ArrayList<>();
        if (value instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode m) {
                    out.add(new YamlMap(file, lineOffset, problems, m));
                } else {
                    problems.add(Problem.of(file, line(item), Problem.Kind.FIELD_INVALID, key, "(not a list of fields)"));
                }
            }
        } else if (value != null && !(value instanceof ScalarNode s && s.getValue().isBlank())) {
            problems.add(Problem.of(file, line(value), Problem.Kind.FIELD_INVALID, key, "(not a list)"));
        }
        return out;
    }

    private int line(Node n) {
        return n.getStartMark().getLine() + 1 + lineOffset;
    }
}
