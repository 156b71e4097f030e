package kz.otinish.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.otinish.Lang;

/**
 * Edits one FAQ entry inside its file the way an admin would by hand: only that entry's lines change, every other
 * entry and comment of the file keeps its bytes. An entry is the lines from its {@code - id:} to the next entry's,
 * less the comments and blank lines just before the next one (they belong to it).
 */
public final class EntryEdit {
    /** What an admin edits of an entry in one language. */
    public record Fields(String question, String button, List<String> phrasings, String answer) {}

    private static final Pattern ENTRY_START = Pattern.compile("^- id:\\s*['\"]?([a-z0-9-]+)['\"]?\\s*(#.*)?$");
    private static final YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private EntryEdit() {}

    /** Where an entry's lines are: its file, and the lines [from, to) of it. */
    private record Block(String file, int from, int to) {}

    /** Each entry's text, by id, over every FAQ file: what changed between two versions is where these differ. */
    public static Map<String, String> entries(CorpusFiles files) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (var f : files.files().entrySet()) {
            if (!isFaqFile(f.getKey())) continue;
            List<String> lines = f.getValue().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                var m = ENTRY_START.matcher(lines.get(i));
                if (m.matches()) {
                    Block b = block(f.getKey(), lines, i);
                    texts.put(m.group(1), String.join("\n", lines.subList(b.from(), b.to())));
                }
            }
        }
        return texts;
    }

    /** The entry's fields in each language, or empty when no FAQ file has it. */
    public static Optional<Map<Lang, Fields>> read(CorpusFiles files, String id) {
        return find(files, id).map(b -> fields(node(files, b)));
    }

    /**
     * {@code files} with the entry's fields replaced by {@code edited}; its other keys (sources, ids) kept.
     * {@link IllegalArgumentException} when no FAQ file has the entry.
     */
    public static CorpusFiles write(CorpusFiles files, String id, Map<Lang, Fields> edited) {
        Block b = find(files, id).orElseThrow(() -> new IllegalArgumentException("no FAQ entry " + id));
        return write(files, id, edited, node(files, b));
    }

    /** Writes {@code entry} (its other keys as they are, its fields from {@code edited}) over the entry's lines. */
    private static CorpusFiles write(CorpusFiles files, String id, Map<Lang, Fields> edited, ObjectNode entry) {
        Block b = find(files, id).orElseThrow(() -> new IllegalArgumentException("no FAQ entry " + id));
        for (var e : edited.entrySet()) {
            ObjectNode text = entry.with(e.getKey().code());
            Fields f = e.getValue();
            text.put("question", f.question().strip());
            if (f.button() == null || f.button().isBlank()) text.remove("button");
            else text.put("button", f.button().strip());
            ArrayNode phrasings = text.putArray("phrasings");
            f.phrasings().stream().map(String::strip).filter(p -> !p.isEmpty()).forEach(phrasings::add);
            text.put("answer", f.answer().strip().replace("\r\n", "\n") + "\n");
        }
        List<String> lines = new ArrayList<>(files.files().get(b.file()).lines().toList());
        String written;
        try {
            written = yaml.writeValueAsString(yaml.createArrayNode().add(entry)).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> replaced = new ArrayList<>(lines.subList(0, b.from()));
        // The writer indents the one-entry list by two spaces; the files' entries start at the margin.
        List<String> fresh = written.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l).toList();
        replaced.addAll(keepingOldLines(lines.subList(b.from(), b.to()), fresh));
        replaced.addAll(lines.subList(b.to(), lines.size()));
        CorpusFiles result = files.with(b.file(), String.join("\n", replaced) + "\n");
        if (!read(result, id).equals(Optional.of(fields(entry)))) {
            throw new IllegalStateException("the entry " + id + " could not be written back faithfully");
        }
        return result;
    }

    /** Where entries added in the console go: a file of their own, so that the documents' files keep their order. */
    public static final String ADDED_FILE = "faq/added.yaml";
    private static final String ADDED_HEADER = "# FAQ entries added in the admin console. Each cites the official document its answer comes from.\n";

    /**
     * {@code files} with a new entry {@code id} citing {@code document}, {@code section}, at the end of
     * {@link #ADDED_FILE}; {@link IllegalArgumentException} when an entry has that id already.
     */
    public static CorpusFiles create(CorpusFiles files, String id, String document, String section, Map<Lang, Fields> fields) {
        if (find(files, id).isPresent()) throw new IllegalArgumentException("an entry " + id + " exists");
        ObjectNode entry = yaml.createObjectNode();
        entry.put("id", id);
        entry.putObject("source").put("document", document).put("section", section.strip());
        for (Lang lang : Lang.values()) entry.putObject(lang.code());
        String start = "- id: " + id + "\n";
        String text = files.files().getOrDefault(ADDED_FILE, ADDED_HEADER);
        CorpusFiles placed = files.with(ADDED_FILE, (text.endsWith("\n") ? text : text + "\n") + "\n" + start);
        return write(placed, id, fields, entry);
    }

    /** {@code files} without the entry {@code id}; {@link IllegalArgumentException} when no FAQ file has it. */
    public static CorpusFiles delete(CorpusFiles files, String id) {
        Block b = find(files, id).orElseThrow(() -> new IllegalArgumentException("no FAQ entry " + id));
        List<String> lines = new ArrayList<>(files.files().get(b.file()).lines().toList());
        lines.subList(b.from(), b.to()).clear();
        while (b.from() < lines.size() && b.from() > 0 && lines.get(b.from()).isBlank() && lines.get(b.from() - 1).isBlank()) {
            lines.remove(b.from()); // no double blank line where the entry was
        }
        return files.with(b.file(), String.join("\n", lines) + "\n");
    }

    /**
     * {@code fresh} with every line that says what a line of {@code old} said (same place, same key, same value) taken
     * from {@code old} as it was typed: the writer's quoting differs from a person's, and an admin who adds one phrasing
     * should see one line change, not ten.
     */
    private static List<String> keepingOldLines(List<String> old, List<String> fresh) {
        Map<String, java.util.ArrayDeque<String>> typed = new LinkedHashMap<>();
        List<String> oldKeys = scalarKeys(old);
        for (int i = 0; i < old.size(); i++) {
            if (oldKeys.get(i) != null) typed.computeIfAbsent(oldKeys.get(i), k -> new java.util.ArrayDeque<>()).add(old.get(i));
        }
        List<String> freshKeys = scalarKeys(fresh);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            var same = freshKeys.get(i) == null ? null : typed.get(freshKeys.get(i));
            out.add(same == null || same.isEmpty() ? fresh.get(i) : same.poll());
        }
        return out;
    }

    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*(?:- )?[a-z_]+:)\\s*(#.*)?$");
    private static final Pattern SCALAR_LINE = Pattern.compile("^(\\s*(?:- )?(?:[a-z_]+:)?)\\s*(.+)$");

    /**
     * For each line, its place and its value as YAML reads it when it holds one scalar outside a literal block
     * (an answer's lines are the writer's own); null for any other line.
     */
    private static List<String> scalarKeys(List<String> lines) {
        List<String> keys = new ArrayList<>();
        int blockIndent = -1;
        for (String line : lines) {
            int indent = line.length() - line.stripLeading().length();
            if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
                keys.add(null); // inside an answer: | block
                continue;
            }
            blockIndent = line.matches(".*:\\s*[|>][-+]?\\s*$") ? indent : -1;
            var key = KEY_LINE.matcher(line);
            var m = SCALAR_LINE.matcher(line);
            if (blockIndent >= 0) keys.add(null);
            else if (key.matches()) keys.add(key.group(1) + "\u0001"); // "source:", maybe with a comment after it
            else keys.add(m.matches() && !m.group(2).endsWith(":") ? scalarKey(m.group(1), m.group(2)) : null);
        }
        return keys;
    }

    private static String scalarKey(String place, String raw) {
        try {
            JsonNode value = yaml.readTree("v: " + raw).get("v");
            return value != null && value.isValueNode() ? place + "\u0000" + value.asText() : null;
        } catch (IOException e) {
            return null; // not a scalar YAML reads alone: kept as the writer wrote it
        }
    }

    private static Optional<Block> find(CorpusFiles files, String id) {
        for (var f : files.files().entrySet()) {
            if (!isFaqFile(f.getKey())) continue;
            List<String> lines = f.getValue().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                var m = ENTRY_START.matcher(lines.get(i));
                if (m.matches() && m.group(1).equals(id)) return Optional.of(block(f.getKey(), lines, i));
            }
        }
        return Optional.empty();
    }

    private static Block block(String file, List<String> lines, int from) {
        int next = from + 1;
        while (next < lines.size() && !lines.get(next).startsWith("- ")) next++;
        int to = next;
        while (to > from + 1 && (lines.get(to - 1).isBlank() || lines.get(to - 1).startsWith("#"))) to--;
        return new Block(file, from, to);
    }

    private static ObjectNode node(CorpusFiles files, Block b) {
        List<String> lines = files.files().get(b.file()).lines().toList();
        try {
            JsonNode list = yaml.readTree(String.join("\n", lines.subList(b.from(), b.to())) + "\n");
            return (ObjectNode) list.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Lang, Fields> fields(ObjectNode entry) {
        Map<Lang, Fields> fields = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            JsonNode t = entry.path(lang.code());
            List<String> phrasings = new ArrayList<>();
            t.path("phrasings").forEach(p -> phrasings.add(p.asText()));
            fields.put(lang, new Fields(t.path("question").asText(""), t.hasNonNull("button") ? t.get("button").asText() : "",
                    phrasings, t.path("answer").asText("").strip()));
        }
        return fields;
    }

    private static boolean isFaqFile(String name) {
        return name.startsWith("faq/") && name.endsWith(".yaml");
    }
}
