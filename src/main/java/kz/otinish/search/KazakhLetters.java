package kz.otinish.search;

import java.util.Locale;

/**
 * The nine letters of the Kazakh Cyrillic alphabet that a Russian keyboard lacks, and their folding to the
 * Russian letter people type instead (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, і→и, һ→х). Folding is one letter for
 * one letter, so a folded word keeps its length and the positions of its suffixes.
 */
public final class KazakhLetters {
    private static final String SPECIAL = "әғқңөұүіһ";
    private static final String FOLDED = "агкноууих";

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

    static char fold(char c) {
        int at = SPECIAL.indexOf(c);
        return at < 0 ? c : FOLDED.charAt(at);
    }
}
