package kz.otinish.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.otinish.Lang;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The FAQ corpus as loaded from {@code knowledge-base/}: sources, entries and synonym groups,
 * plus every problem found on the way. A caller keeps its previous corpus when {@link #problems()} is not empty.
 */
public record KnowledgeBase(Map<String, Source> sources, List<FaqEntry> entries, List<String> synonymLines,
                            List<String> smallTalkLines, List<String> outOfScopeLines, List<String> appealWordLines,
                            List<String> offTopicLines, List<Problem> problems) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)[^>]*>");
    private static final java.util.Set<String> ALLOWED_TAGS = java.util.Set.of("b", "i", "u", "s", "a", "code", "pre");

    public boolean isValid() {
        return problems.isEmpty();
    }

    public static KnowledgeBase load(Path dir) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Source> sources = loadSources(dir.resolve("sources.yaml"), problems);
        Facts facts = Facts.load(dir, problems);
        List<FaqEntry> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Path faqDir = dir.resolve("faq");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(faqDir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
        } catch (IOException e) {
            problems.add(new Problem("faq/", 0, "cannot list the FAQ folder: " + e.getMessage()));
        }
        for (Path file : files) {
            String name = "faq/" + file.getFileName();
            YamlFile yaml = YamlFile.reporting(name, problems);
            YamlFile.parse(file, name, problems).ifPresent(root -> {
                for (Node item : yaml.list(root, "an FAQ file")) {
                    FaqEntry e = entry(yaml, item, sources, facts);
                    if (e == null) continue;
                    String other = seen.putIfAbsent(e.id(), name + ":" + YamlFile.line(item));
                    if (other != null) yaml.problem(item, "id '" + e.id() + "' is already used at " + other);
                    else entries.add(e);
                }
            });
        }
        if (files.isEmpty() && problems.isEmpty()) problems.add(new Problem("faq/", 0, "no FAQ files"));
        List<String> synonyms = readLines(dir.resolve("synonyms.txt"), problems);
        List<String> smallTalk = readLines(dir.resolve("small-talk.txt"), problems);
        List<String> outOfScope = readLines(dir.resolve("out-of-scope.txt"), problems);
        List<String> appealWords = readLines(dir.resolve("appeal-words.txt"), problems);
        List<String> offTopic = readLines(dir.resolve("off-topic.txt"), problems);
        return new KnowledgeBase(sources, List.copyOf(entries), synonyms, smallTalk, outOfScope, appealWords, offTopic,
                List.copyOf(problems));
    }

    private static Map<String, Source> loadSources(Path file, List<Problem> problems) {
        Map<String, Source> out = new LinkedHashMap<>();
        YamlFile yaml = YamlFile.reporting("sources.yaml", problems);
        YamlFile.parse(file, "sources.yaml", problems).ifPresent(root -> {
            for (Node item : yaml.list(root, "sources.yaml")) {
                var f = yaml.map(item, "a source");
                String id = yaml.text(f, "id", item);
                Map<Lang, String> titles = new EnumMap<>(Lang.class);
                for (Lang lang : Lang.values()) {
                    String t = yaml.text(f, lang.code(), item);
                    if (t != null) titles.put(lang, t);
                }
                if (id != null && titles.size() == Lang.values().length) out.put(id, new Source(id, titles));
            }
        });
        return out;
    }

    private static FaqEntry entry(YamlFile yaml, Node item, Map<String, Source> sources, Facts facts) {
        var f = yaml.map(item, "an FAQ entry");
        if (f.isEmpty()) return null;
        String id = yaml.text(f, "id", item);
        if (id != null && !ID.matcher(id).matches()) {
            yaml.problem(f.get("id"), "id '" + id + "' may hold only a-z, 0-9 and single '-' between them");
            id = null;
        }
        List<FaqEntry.Citation> citations = citations(yaml, item, f.get("source"), sources);
        Map<Lang, FaqEntry.Text> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Node n = f.get(lang.code());
            if (n == null) {
                yaml.problem(item, "missing the '" + lang.code() + "' version");
                continue;
            }
            var tf = yaml.map(n, "'" + lang.code() + "'");
            String question = yaml.text(tf, "question", n);
            // A short question is its own button's label; a longer one needs a 'button' that phones do not cut.
            String button = tf.containsKey("button") ? yaml.text(tf, "button", n) : question;
            if (button != null && button.codePointCount(0, button.length()) > FaqEntry.Text.BUTTON_MAX) {
                yaml.problem(tf.getOrDefault("button", n), "the topic button '" + button + "' is longer than "
                        + FaqEntry.Text.BUTTON_MAX + " characters, and phones cut it: give the entry a shorter 'button'");
            }
            String written = yaml.text(tf, "answer", n);
            String answer = written == null ? null
                    : facts.fill(written, lang, name -> yaml.problem(tf.get("answer"), "no fact '" + name + "' in facts.yaml"));
            List<String> phrasings = yaml.texts(tf, "phrasings");
            if (answer != null) checkHtml(yaml, tf.get("answer"), answer);
            if (question != null && button != null && answer != null) {
                texts.put(lang, new FaqEntry.Text(question, button, phrasings, answer, facts.fillForSearch(written, lang)));
            }
        }
        if (id == null || citations.isEmpty() || texts.size() != Lang.values().length) return null;
        return new FaqEntry(id, citations, texts);
    }

    /** {@code source}: one {document, section} map, or a list of them when an answer draws on several sections. */
    private static List<FaqEntry.Citation> citations(YamlFile yaml, Node item, Node src, Map<String, Source> sources) {
        if (src == null) {
            yaml.problem(item, "missing 'source' (document and section)");
            return List.of();
        }
        List<Node> items = src instanceof SequenceNode ? yaml.list(src, "'source'") : List.of(src);
        if (items.isEmpty()) yaml.problem(src, "'source' lists no document");
        List<FaqEntry.Citation> out = new ArrayList<>();
        for (Node n : items) {
            var sf = yaml.map(n, "'source'");
            String doc = yaml.text(sf, "document", n);
            String section = yaml.text(sf, "section", n);
            Source source = doc == null ? null : sources.get(doc);
            if (doc != null && source == null) yaml.problem(sf.get("document"), "unknown document '" + doc + "' (see sources.yaml)");
            if (source == null || section == null) return List.of();
            out.add(new FaqEntry.Citation(source, section));
        }
        return List.copyOf(out);
    }

    /** Telegram rejects a message with an unknown or unclosed tag: catch it here, not in front of a user. */
    private static void checkHtml(YamlFile yaml, Node at, String html) {
        var open = new java.util.ArrayDeque<String>();
        var m = TAG.matcher(html);
        while (m.find()) {
            String tag = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (!ALLOWED_TAGS.contains(tag)) {
                yaml.problem(at, "tag <" + tag + "> is not allowed (only b, i, u, s, a, code, pre)");
                return;
            }
            if (m.group(1).isEmpty()) open.push(tag);
            else if (open.isEmpty() || !open.pop().equals(tag)) {
                yaml.problem(at, "tag </" + tag + "> closes nothing that is open");
                return;
            }
        }
        if (!open.isEmpty()) yaml.problem(at, "tag <" + open.peek() + "> is never closed");
    }

    private static List<String> readLines(Path file, List<Problem> problems) {
        if (!Files.exists(file)) return List.of();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(file.getFileName().toString(), 0, "cannot read: " + e.getMessage()));
            return List.of();
        }
    }
}
