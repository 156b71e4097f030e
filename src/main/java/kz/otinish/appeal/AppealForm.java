package kz.otinish.appeal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.otinish.Lang;

/**
 * The wizard's questions in order, from {@code bot/appeal-form.yaml}: adding a question is an edit
 * there (plus, at most, a rule in {@link Validators}). Loading checks the file as a whole, so a
 * mistake in it stops the program at start-up rather than in a user's chat.
 */
public final class AppealForm {
    /** Button data is "appeal:pick:<value>" or "appeal:edit:<key>", within the 64 bytes messengers allow. */
    private static final int MAX_ID = 40;
    /** The longest button label a phone shows whole. */
    static final int BUTTON_MAX = 30;
    private final List<Step> steps;
    private final Map<String, Step> byKey = new LinkedHashMap<>();
    private final BodyWords bodyWords;

    private AppealForm(List<Step> steps, BodyWords bodyWords) {
        this.steps = List.copyOf(steps);
        this.bodyWords = bodyWords;
        for (Step s : steps) byKey.put(s.key(), s);
    }

    public static AppealForm load(Path botDir) throws IOException {
        Path file = botDir.resolve("appeal-form.yaml");
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in), file.toString());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static AppealForm parse(JsonNode root, String where) throws IOException {
        if (root == null || !root.path("stages").isArray() || !root.path("steps").isArray()) {
            throw new IOException(where + ": needs 'stages' and 'steps' lists");
        }
        List<String> stages = new ArrayList<>();
        root.path("stages").forEach(s -> stages.add(s.asText()));
        List<Step> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode n : root.path("steps")) {
            Step step = step(n);
            String problem = problem(step, stages, seen);
            if (problem != null) throw new IOException(where + ": step '" + step.key() + "': " + problem);
            seen.add(step.key());
            steps.add(step);
        }
        if (steps.isEmpty() || steps.getLast().kind() != Step.Kind.REVIEW) {
            throw new IOException(where + ": the last step must be the review");
        }
        Set<String> used = new LinkedHashSet<>();
        steps.forEach(s -> used.add(s.stage()));
        if (!used.equals(new LinkedHashSet<>(stages))) {
            throw new IOException(where + ": stages " + stages + " differ from the steps' stages " + used);
        }
        BodyWords bodyWords = new BodyWords(list(root.path("addressee_words").path("beginnings")),
                list(root.path("addressee_words").path("abbreviations")), list(root.path("addressee_words").path("vague")));
        for (Step step : steps) {
            if (!"addressee".equals(step.check())) continue;
            if (bodyWords.isEmpty()) throw new IOException(where + ": step '" + step.key() + "' checks an addressee: needs 'addressee_words'");
            for (Step.Suggestion suggestion : step.suggestions()) {
                for (String answer : suggestion.answer().values()) {
                    if (!bodyWords.named(answer) || bodyWords.vague(answer)) {
                        throw new IOException(where + ": the suggestion '" + answer + "' does not read as a particular addressee ('addressee_words')");
                    }
                }
            }
        }
        return new AppealForm(steps, bodyWords);
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText().strip()));
        return out;
    }

    private static Step step(JsonNode n) {
        String kindName = n.path("kind").asText("answer");
        Step.Kind kind = Step.Kind.valueOf(kindName.toUpperCase(java.util.Locale.ROOT));
        List<Step.Option> options = new ArrayList<>();
        for (JsonNode o : n.path("options")) {
            options.add(new Step.Option(o.path("value").asText(), texts(o.get("label")), texts(o.get("note")),
                    texts(o.get("notice")), o.path("refused").asBoolean(false)));
        }
        List<Step.Suggestion> suggestions = new ArrayList<>();
        for (JsonNode o : n.path("suggestions")) {
            Map<Lang, String> button = texts(o.get("button"));
            suggestions.add(new Step.Suggestion(texts(o), button.isEmpty() ? texts(o) : button));
        }
        return new Step(n.path("key").asText(), n.path("stage").asText(), kind, n.path("check").asText(null),
                texts(n.get("label")), texts(n.get("prompt")), options, suggestions, condition(n.get("when")),
                n.path("optional").asBoolean(false), condition(n.get("required_when")),
                n.path("min").asInt(1), n.path("max").asInt(Integer.MAX_VALUE), n.path("cut").asBoolean(false));
    }

    private static String problem(Step s, List<String> stages, Set<String> earlier) {
        if (!s.key().matches("[a-z_]{1," + MAX_ID + "}")) return "key must be lower-case letters and _";
        if (earlier.contains(s.key())) return "key used twice";
        if (!stages.contains(s.stage())) return "stage '" + s.stage() + "' is not in 'stages'";
        if (s.prompt().size() != Lang.values().length) return "prompt needs kk and ru";
        if (s.kind() != Step.Kind.REVIEW && s.label().size() != Lang.values().length) return "label needs kk and ru";
        for (Step.Suggestion suggestion : s.suggestions()) {
            if (suggestion.answer().size() != Lang.values().length || suggestion.button().size() != Lang.values().length) {
                return "every suggestion needs kk and ru";
            }
            for (String label : suggestion.button().values()) {
                if (label.codePointCount(0, label.length()) > BUTTON_MAX) return "the button '" + label + "' is longer than " + BUTTON_MAX + ": give it a short 'button'";
            }
        }
        for (String k : s.when().keySet()) if (!earlier.contains(k)) return "'when' refers to " + k + ", not an earlier step";
        for (String k : s.requiredWhen().keySet()) if (!earlier.contains(k)) return "'required_when' refers to " + k + ", not an earlier step";
        switch (s.kind()) {
            case CHOICE -> {
                if (s.options().isEmpty()) return "a choice needs options";
                for (Step.Option o : s.options()) {
                    if (!o.value().matches("[a-z_]{1," + MAX_ID + "}")) return "option value '" + o.value() + "' must be lower-case letters and _";
                    if (o.label().size() != Lang.values().length) return "option " + o.value() + " needs a label in kk and ru";
                    for (String label : o.label().values()) {
                        if (label.codePointCount(0, label.length()) > BUTTON_MAX) return "option label '" + label + "' is longer than " + BUTTON_MAX;
                    }
                    if (o.refused() && o.notice().size() != Lang.values().length) return "refused option " + o.value() + " needs a notice in kk and ru";
                }
            }
            case ANSWER -> {
                if (!Validators.NAMES.contains(s.check())) return "check '" + s.check() + "' is none of " + Validators.NAMES;
                if (s.min() < 0 || s.max() < s.min()) return "min/max out of order";
            }
            default -> { }
        }
        return null;
    }

    private static Map<Lang, String> texts(JsonNode n) {
        Map<Lang, String> out = new EnumMap<>(Lang.class);
        if (n == null) return out;
        for (Lang l : Lang.values()) {
            JsonNode t = n.get(l.code());
            if (t != null && !t.asText().isBlank()) out.put(l, t.asText().strip());
        }
        return out;
    }

    private static Map<String, Set<String>> condition(JsonNode n) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (n == null) return out;
        n.fields().forEachRemaining(f -> {
            Set<String> values = new LinkedHashSet<>();
            if (f.getValue().isArray()) f.getValue().forEach(v -> values.add(v.asText()));
            else values.add(f.getValue().asText());
            out.put(f.getKey(), values);
        });
        return out;
    }

    public List<Step> steps() {
        return steps;
    }

    /** What makes an addressee read as one ({@code addressee_words}). */
    BodyWords bodyWords() {
        return bodyWords;
    }

    public Optional<Step> step(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * The first question that applies to these answers and has none yet, or the review when all are in.
     * A skipped question counts as unanswered once a later choice makes it required (an e-mail skipped,
     * then "answer by e-mail" chosen from the review).
     */
    public Step firstUnanswered(Map<String, String> answers) {
        for (Step s : steps) {
            if (s.kind() == Step.Kind.REVIEW) return s;
            String a = answers.get(s.key());
            if (s.appliesTo(answers) && (a == null || a.isEmpty() && !s.isOptional(answers))) return s;
        }
        return steps.getLast();
    }

    /** The question before {@code step} on the path these answers lead through (the last one before the review). */
    public Optional<Step> before(Step step, Map<String, String> answers) {
        List<Step> path = applicable(answers);
        int at = step.kind() == Step.Kind.REVIEW ? path.size() : path.indexOf(step);
        return at > 0 ? Optional.of(path.get(at - 1)) : Optional.empty();
    }

    /** The questions these answers lead through, in order, the review excluded. */
    public List<Step> applicable(Map<String, String> answers) {
        return steps.stream().filter(s -> s.kind() != Step.Kind.REVIEW && s.appliesTo(answers)).toList();
    }

    /**
     * 1-based number of the question among those these answers lead through, the review last, for "Step 3 of 17":
     * what the person sees counted, where counting stages left "Step 1 of 7" standing over three questions.
     */
    public int number(Step step, Map<String, String> answers) {
        List<Step> path = applicable(answers);
        int at = path.indexOf(step);
        return at < 0 ? path.size() + 1 : at + 1;
    }

    /** How many questions these answers lead through, the review included. */
    public int count(Map<String, String> answers) {
        return applicable(answers).size() + 1;
    }

    static AppealForm fromYaml(String yaml) throws IOException {
        return parse(new ObjectMapper(new YAMLFactory()).readTree(yaml.getBytes(StandardCharsets.UTF_8)), "yaml");
    }
}
