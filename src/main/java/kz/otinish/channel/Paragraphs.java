package kz.otinish.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long message into parts a messenger accepts: at a paragraph break if one fits, else at a line
 * break, else at a space, and only as a last resort in the middle of a word (never inside a surrogate pair).
 */
public final class Paragraphs {
    private static final String[] BREAKS = {"\n\n", "\n", " "};

    private Paragraphs() {}

    public static List<String> split(String text, int maxChars) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > maxChars) {
            int cut = cut(rest, maxChars);
            String part = rest.substring(0, cut).strip();
            if (!part.isEmpty()) parts.add(part);
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || parts.isEmpty()) parts.add(rest);
        return parts;
    }

    private static int cut(String s, int max) {
        for (String br : BREAKS) {
            int at = s.lastIndexOf(br, max - br.length());
            if (at > 0) return at;
        }
        return Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    }
}
