package kz.otinish.akimat;

/**
 * Edit distance for names typed on a phone: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost one. How many are forgiven grows with the name: none up to four
 * letters (ВКО and СКО differ by one), one up to seven, two from eight.
 */
final class TypingDistance {
    private TypingDistance() {}

    static int allowed(int length) {
        return length <= 4 ? 0 : length <= 7 ? 1 : 2;
    }

    /** The distance between two words when it is within what the shorter one allows, else {@link Integer#MAX_VALUE}. */
    static int within(String a, String b) {
        int limit = allowed(Math.min(a.length(), b.length()));
        if (Math.abs(a.length() - b.length()) > limit) return Integer.MAX_VALUE;
        int d = distance(a, b);
        return d <= limit ? d : Integer.MAX_VALUE;
    }

    /** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
