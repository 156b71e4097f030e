package kz.otinish.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.otinish.Lang;

/**
 * Facts stated in several places, written once in {@code knowledge-base/facts.yaml}: an FAQ answer or a text in
 * {@code bot/} says {@code {fact:NAME}} and gets the wording in its language. The review deadline was stated four
 * ways (15 calendar days, 15 working, 15–30 working, "3 days" with no unit) before it had one home.
 */
public final class Facts {
    private static final Pattern REFERENCE = Pattern.compile("\\{fact:([a-z_]+)}");
    private final Map<String, Map<Lang, String>> wording;
    private final Map<String, JsonNode> raw;
    private static final Consumer<String> IGNORE = name -> {};

    private Facts(Map<String, Map<Lang, String>> wording, Map<String, JsonNode> raw) {
        this.wording = wording;
        this.raw = raw;
    }

    /** The facts of {@code knowledgeBase}/facts.yaml; each problem (a fact without both languages) goes to {@code problems}. */
    public static Facts load(Path knowledgeBase, List<Problem> problems) {
        Path file = knowledgeBase.resolve("facts.yaml");
        Map<String, Map<Lang, String>> wording = new LinkedHashMap<>();
        Map<String, JsonNode> raw = new LinkedHashMap<>();
        if (!Files.exists(file)) return new Facts(wording, raw);
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            if (root != null) {
                root.fields().forEachRemaining(f -> {
                    Map<Lang, String> texts = new EnumMap<>(Lang.class);
                    for (Lang lang : Lang.values()) {
                        JsonNode t = f.getValue().get(lang.code());
                        if (t != null && !t.asText().isBlank()) texts.put(lang, t.asText().strip());
                    }
                    if (texts.size() != Lang.values().length) {
                        problems.add(new Problem("facts.yaml", 0, "fact '" + f.getKey() + "' needs both kk and ru"));
                    }
                    wording.put(f.getKey(), texts);
                    raw.put(f.getKey(), f.getValue());
                });
            }
        } catch (IOException e) {
            problems.add(new Problem("facts.yaml", 0, "cannot read: " + e.getMessage()));
        }
        return new Facts(wording, raw);
    }

    /** {@code text} with every {fact:NAME} in {@code lang}; a name with no fact is passed to {@code unknown} and left. */
    public String fill(String text, Lang lang, Consumer<String> unknown) {
        return fill(text, lang, unknown, false);
    }

    /**
     * As the search should read {@code text}: a fact marked {@code searched: false} (a note many answers share, such
     * as which reception centre they are about) is left out, so it does not make those answers alike.
     */
    public String fillForSearch(String text, Lang lang) {
        return fill(text, lang, IGNORE, true);
    }

    private String fill(String text, Lang lang, Consumer<String> unknown, boolean forSearch) {
        if (text.indexOf("{fact:") < 0) return text;
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean unsearched = forSearch && !raw.getOrDefault(m.group(1), MissingNode.getInstance()).path("searched").asBoolean(true);
            String said = unsearched ? "" : wording.getOrDefault(m.group(1), Map.of()).get(lang);
            if (said == null) unknown.accept(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(said == null ? m.group() : said));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A number a fact gives beside its wording (review_deadline.working_days), for what the bot computes. */
    public int number(String fact, String field) {
        JsonNode n = raw.getOrDefault(fact, MissingNode.getInstance()).path(field);
        if (!n.canConvertToInt()) throw new IllegalStateException("facts.yaml: " + fact + "." + field + " is not a number");
        return n.asInt();
    }
}
