package kz.otinish.search;

/** Optimal-string-alignment distance (a typo: a letter wrong, missing, extra, or two swapped), bounded. */
public final class EditDistance {
    private EditDistance() {}

    /** How many typos a word of this length may carry and still be recognised. */
    public static int allowedFor(String word) {
        return allowedForLength(word.codePointCount(0, word.length()));
    }

    /** As {@link #allowedFor}, for a word of {@code letters} letters (code points) counted once by the caller. */
    public static int allowedForLength(int letters) {
        return letters < 5 ? 0 : letters < 8 ? 1 : 2;
    }

    /**
     * True when {@code typed}, four letters or more, is {@code word} with one letter left out ("цетр", "отвт"):
     * the typo hurried thumbs make most, and the only one a word too short for {@link #allowedFor} may carry.
     */
    public static boolean missesOneLetter(String typed, String word) {
        if (typed.length() < 4 || word.length() != typed.length() + 1) return false;
        int i = 0;
        while (i < typed.length() && typed.charAt(i) == word.charAt(i)) i++;
        return typed.regionMatches(i, word, i + 1, typed.length() - i);
    }

    /** Which letters a word holds, one bit each (letters may share a bit): see {@link #mayBeWithin}. */
    public static long letters(String word) {
        long bits = 0;
        for (int i = 0; i < word.length(); i++) bits |= 1L << (word.charAt(i) & 63);
        return bits;
    }

    /**
     * False when two words' {@link #letters} prove them more than {@code max} typos apart: a typo adds or removes at
     * most one letter of the set a word holds, a wrong letter both, a swap neither. One XOR instead of a table: most of
     * a vocabulary fails it.
     */
    public static boolean mayBeWithin(long letters, long otherLetters, int max) {
        return Long.bitCount(letters ^ otherLetters) <= 2 * max;
    }

    /** The distance between {@code a} and {@code b}, or {@code max + 1} once it exceeds {@code max}. */
    public static int within(String a, String b, int max) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > max) return max + 1;
        int[] prev2 = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], max + 1);
    }
}
