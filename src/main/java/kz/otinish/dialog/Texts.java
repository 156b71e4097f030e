package kz.otinish.dialog;

import kz.otinish.Lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.knowledge.Facts;
import kz.otinish.knowledge.Problem;

/**
 * Everything the bot says, from {@code bot/texts.kk.yaml} and {@code bot/texts.ru.yaml}.
 * Nested YAML keys become dotted keys ("menu.ask"); placeholders are written {name}.
 */
public final class Texts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private final Map<Lang, Map<String, String>> byLang;

    private Texts(Map<Lang, Map<String, String>> byLang) {
        this.byLang = byLang;
    }

    /** The texts of {@code content}'s bot/, with every {fact:NAME} filled from its knowledge-base/facts.yaml. */
    public static Texts load(ContentRoot content) throws IOException {
        Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Problem> problems = new ArrayList<>();
        Facts facts = Facts.load(content.knowledgeBase(), problems);
        for (Lang lang : Lang.values()) {
            Path file = content.bot().resolve("texts." + lang.code() + ".yaml");
            try (InputStream in = Files.newInputStream(file)) {
                Map<String, String> flat = new TreeMap<>();
                flatten("", yaml.readTree(in), flat);
                flat.replaceAll((key, text) -> facts.fill(text, lang,
                        name -> problems.add(new Problem(file.getFileName().toString(), 0, key + ": no fact '" + name + "' in facts.yaml"))));
                byLang.put(lang, flat);
            }
        }
        if (!problems.isEmpty()) throw new IOException(String.join("\n", problems.stream().map(Problem::toString).toList()));
        var kk = new TreeSet<>(byLang.get(Lang.KK).keySet());
        var ru = new TreeSet<>(byLang.get(Lang.RU).keySet());
        if (!kk.equals(ru)) {
            var onlyKk = new TreeSet<>(kk);
            onlyKk.removeAll(ru);
            var onlyRu = new TreeSet<>(ru);
            onlyRu.removeAll(kk);
            throw new IOException("bot/texts.*.yaml differ: only in kk " + onlyKk + ", only in ru " + onlyRu);
        }
        return new Texts(byLang);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else {
            out.put(prefix, node.asText().strip());
        }
    }

    public boolean has(String key) {
        return byLang.get(Lang.RU).containsKey(key);
    }

    /** The text for {@code key}; {@code args} are name/value pairs filling its {placeholders}. */
    public String get(Lang lang, String key, Object... args) {
        String text = byLang.get(lang).get(key);
        if (text == null) throw new IllegalArgumentException("no text '" + key + "' in bot/texts." + lang.code() + ".yaml");
        if (args.length == 0) return text;
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) values.put(String.valueOf(args[i]), String.valueOf(args[i + 1]));
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
