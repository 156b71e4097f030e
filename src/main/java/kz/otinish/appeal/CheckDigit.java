package kz.otinish.appeal;

import java.util.regex.Pattern;

/**
 * The control digit shared by the IIN and the BIN (Government Decree No 565 of 11.06.2003):
 * the first eleven digits weighted 1..11, sum mod 11; a result of 10 is recomputed with the weights
 * 3..11,1,2; a second 10 means no number with these eleven digits is ever issued.
 */
final class CheckDigit {
    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private CheckDigit() {}

    /** The control digit for twelve digits' first eleven, or -1 when none exists. */
    static int of(String digits) {
        int d = weighted(digits, FIRST);
        if (d == 10) d = weighted(digits, SECOND);
        return d == 10 ? -1 : d;
    }

    static boolean matches(String digits) {
        return of(digits) == digits.charAt(11) - '0';
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) sum += (digits.charAt(i) - '0') * weights[i];
        return sum % 11;
    }

    /** "ИИН 850315300128", "мой ЖСН: …", "BIN-…": the number's name typed before it. */
    private static final Pattern NAMED = Pattern.compile(
            "^(?:мой|моё|мое|менің|менин|my)?\\s*(?:иин|жсн|бин|бсн|iin|bin|zhsn|jsn|bsn)\\b\\s*[:№#.=-]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Digits only, with the spaces and dashes people type between groups removed, and the number's name before it
     * ("ИИН 8503…") and a full stop after it; null when anything else is there.
     */
    static String digitsOf(String input) {
        String s = NAMED.matcher(input.strip()).replaceFirst("").replaceAll("[.\\s]+$", "").replaceAll("[\\s-]", "");
        return s.chars().allMatch(c -> c >= '0' && c <= '9') ? s : null;
    }
}
