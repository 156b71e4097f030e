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
        ObjectNode entry = node(files, b);
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
        replaced.addAll(written.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l).toList());
        replaced.addAll(lines.subList(b.to(), lines.size()));
        CorpusFiles result = files.with(b.file(), String.join("\n", replaced) + "\n");
        if (!read(result, id).equals(Optional.of(fields(entry)))) {
            throw new IllegalStateException("the entry " + id + " could not be written back faithfully");
        }
        return result;
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
