package kz.otinish.knowledge;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file read as nodes that remember their line, so every validation message can say
 * "file:line: what is wrong". Knowledge-base loaders read their files through it.
 */
public final class YamlFile {
    private final String name;
    private final List<Problem> problems;

    private YamlFile(String name, List<Problem> problems) {
        this.name = name;
        this.problems = problems;
    }

    /** Parses {@code file}; a syntax error becomes a problem and an empty result. */
    public static Optional<Node> parse(Path file, String name, List<Problem> problems) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.ofNullable(new Yaml(new LoaderOptions()).compose(r));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(name, line, "not valid YAML: " + e.getProblem()));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            problems.add(new Problem(name, 0, "not valid YAML: " + e.getMessage()));
        }
        return Optional.empty();
    }

    public static YamlFile reporting(String name, List<Problem> problems) {
        return new YamlFile(name, problems);
    }

    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    public void problem(Node at, String message) {
        problems.add(new Problem(name, at == null ? 0 : line(at), message));
    }

    /** The items of a list, or a problem if the node is not one. */
    public List<Node> list(Node node, String what) {
        if (node instanceof SequenceNode seq) return seq.getValue();
        problem(node, what + " must be a list");
        return List.of();
    }

    /** A mapping's keys and values, or a problem if the node is not a mapping. */
    public Map<String, Node> map(Node node, String what) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problem(node, what + " must be a set of \"key: value\" lines");
            return out;
        }
        for (var tuple : m.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k) out.put(k.getValue(), tuple.getValueNode());
        }
        return out;
    }

    /** A required non-empty text field. */
    public String text(Map<String, Node> fields, String key, Node owner) {
        Node n = fields.get(key);
        if (n == null) {
            problem(owner, "missing '" + key + "'");
            return null;
        }
        if (!(n instanceof ScalarNode s) || s.getValue().isBlank()) {
            problem(n, "'" + key + "' must be a non-empty text");
            return null;
        }
        return s.getValue().strip();
    }

    /** An optional text field. */
    public String optionalText(Map<String, Node> fields, String key) {
        Node n = fields.get(key);
        if (n == null) return null;
        if (n instanceof ScalarNode s) return s.getValue().isBlank() ? null : s.getValue().strip();
        problem(n, "'" + key + "' must be a text");
        return null;
    }

    /** An optional list of texts. */
    public List<String> texts(Map<String, Node> fields, String key) {
        Node n = fields.get(key);
        if (n == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Node item : list(n, "'" + key + "'")) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) out.add(s.getValue().strip());
            else problem(item, "each of '" + key + "' must be a non-empty text");
        }
        return out;
    }
}
