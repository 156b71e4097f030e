package kz.otinish.appeal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.otinish.search.KazakhLetters;

/**
 * Whether an addressee reads as a state body, an official or a public institution: one of its words begins with one of
 * {@code bot/appeal-form.yaml}'s {@code addressee_words.beginnings} ("әкімдігі", "министерство", "прокурору") or is one
 * of its {@code abbreviations} ("ЦОН", "КГУ"). The appeal's subject typed a step early ("Жол жөндеу") does not, and is
 * kept with a note rather than refused: the list cannot know every body's name.
 */
final class BodyWords {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private final List<String> beginnings;
    private final Set<String> abbreviations;

    BodyWords(List<String> beginnings, List<String> abbreviations) {
        this.beginnings = beginnings.stream().map(KazakhLetters::fold).toList();
        this.abbreviations = abbreviations.stream().map(KazakhLetters::fold).collect(Collectors.toUnmodifiableSet());
    }

    boolean named(String addressee) {
        for (String word : NOT_LETTERS.split(KazakhLetters.fold(addressee))) {
            if (word.isEmpty()) continue;
            if (abbreviations.contains(word)) return true;
            for (String b : beginnings) if (word.startsWith(b)) return true;
        }
        return false;
    }

    boolean isEmpty() {
        return beginnings.isEmpty() && abbreviations.isEmpty();
    }
}
