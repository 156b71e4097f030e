package kz.otinish.search;

import java.util.Locale;

/**
 * The nine letters of the Kazakh Cyrillic alphabet that a Russian keyboard lacks, and their folding to the
 * Russian letter people type instead (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, і→и, һ→х). Folding is one letter for
 * one letter, so a folded word keeps its length and the positions of its suffixes.
 */
public final class KazakhLetters {
    private KazakhLetters() {}

    /** Lowercases and folds: "Өтінішті" → "отиништи". */
    public static String fold(String text) {
        char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
        fold(chars, chars.length);
        return new String(chars);
    }

    static void fold(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            chars[i] = fold(chars[i]);
        }
    }

    /** A switch, not a look-up in a string: the stemmer folds every letter it compares, and this is its hot path. */
    static char fold(char c) {
        return switch (c) {
            case 'ә' -> 'а';
            case 'ғ' -> 'г';
            case 'қ' -> 'к';
            case 'ң' -> 'н';
            case 'ө' -> 'о';
            case 'ұ', 'ү' -> 'у';
            case 'і' -> 'и';
            case 'һ' -> 'х';
            default -> c;
        };
    }
}
