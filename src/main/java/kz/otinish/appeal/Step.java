package kz.otinish.appeal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.otinish.Lang;

/**
 * One question of the wizard, as written in {@code bot/appeal-form.yaml}.
 *
 * @param key      where the answer is kept in the draft (and the review's edit button)
 * @param stage    the part of the appeal it belongs to (the letter groups its header by it)
 * @param kind     how it is answered
 * @param check    for {@link Kind#ANSWER}: the name of the rule in {@link Validators}
 * @param suggestions ready answers offered as buttons
 * @param when     asked only when every listed earlier answer is one of the listed values
 * @param optional may be skipped; {@code requiredWhen} overrides it for some earlier answers
 * @param cut      an over-long answer is offered to be cut at {@code max} instead of refused
 */
public record Step(String key, String stage, Kind kind, String check, Map<Lang, String> label,
                   Map<Lang, String> prompt, List<Option> options, List<Suggestion> suggestions,
                   Map<String, Set<String>> when,
                   boolean optional, Map<String, Set<String>> requiredWhen, int min, int max, boolean cut) {

    public enum Kind { CHOICE, ANSWER, FILES, REVIEW }

    /**
     * A choice. {@code note} is its one-line explanation in the prompt; {@code notice} is said when it is
     * chosen; a {@code refused} choice is explained by its notice and the question is asked again.
     */
    public record Option(String value, Map<Lang, String> label, Map<Lang, String> note,
                         Map<Lang, String> notice, boolean refused) {}

    /** A ready answer ({@code answer}, e.g. a ministry's full official name) and the short label of its button. */
    public record Suggestion(Map<Lang, String> answer, Map<Lang, String> button) {}

    public boolean appliesTo(Map<String, String> answers) {
        return matches(when, answers);
    }

    public boolean isOptional(Map<String, String> answers) {
        return optional && (requiredWhen.isEmpty() || !matches(requiredWhen, answers));
    }

    public Option option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst().orElse(null);
    }

    private static boolean matches(Map<String, Set<String>> condition, Map<String, String> answers) {
        return condition.entrySet().stream().allMatch(c -> c.getValue().contains(answers.get(c.getKey())));
    }
}
