package kz.otinish.appeal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.otinish.search.KazakhLetters;

/**
 * Whether an addressee reads as a state body, an official or a public institution: one of its words begins with one of
 * {@code bot/appeal-form.yaml}'s {@code addressee_words.beginnings} ("әкімдігі", "министерство", "прокурору") or is one
 * of its {@code abbreviations} ("ЦОН", "КГУ"). The appeal's subject typed a step early ("Жол жөндеу") does not, and is
 * kept with a note rather than refused: the list cannot know every body's name. One that is only the kind of body
 * ("акимат", "в полицию": {@code vague}) is asked again, since no letter can be addressed to it.
 */
final class BodyWords {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** "в", "на", "к": a preposition before the kind of body does not make it a particular one. */
    private static final int PREPOSITION_MAX = 2;
    private final List<String> beginnings;
    private final Set<String> abbreviations;
    private final List<String> vague;

    BodyWords(List<String> beginnings, List<String> abbreviations, List<String> vague) {
        this.beginnings = folded(beginnings);
        this.abbreviations = Set.copyOf(folded(abbreviations));
        this.vague = folded(vague);
    }

    boolean named(String addressee) {
        for (String word : words(addressee)) {
            if (abbreviations.contains(word) || startsWithAny(word, beginnings)) return true;
        }
        return false;
    }

    /** Only the kind of body ("акимат", "в министерство"), none in particular; a number ("школа №5") names one. */
    boolean vague(String addressee) {
        if (addressee.codePoints().anyMatch(Character::isDigit)) return false;
        List<String> words = words(addressee).stream().filter(w -> w.length() > PREPOSITION_MAX).toList();
        return !words.isEmpty() && words.stream().allMatch(w -> startsWithAny(w, vague));
    }

    boolean isEmpty() {
        return beginnings.isEmpty() && abbreviations.isEmpty();
    }

    private static boolean startsWithAny(String word, List<String> beginnings) {
        for (String b : beginnings) if (word.startsWith(b)) return true;
        return false;
    }

    private static List<String> words(String text) {
        return Arrays.stream(NOT_LETTERS.split(KazakhLetters.fold(text))).filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> folded(List<String> words) {
        return words.stream().map(KazakhLetters::fold).toList();
    }
}
