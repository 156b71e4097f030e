package kz.otinish.appeal;

/**
 * An over-long text cut to fit: at the end of the last sentence that fits when that keeps most of the text,
 * otherwise after the last whole word, never inside a word or an emoji. {@code dropped} is what goes, so the
 * person can see it before agreeing.
 */
public record Cut(String kept, String dropped) {
    /** A sentence end is preferred only if it keeps at least this share of what fits. */
    private static final double SENTENCE_SHARE = 0.8;

    public static Cut at(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) return new Cut(text, "");
        int limit = text.offsetByCodePoints(0, maxCodePoints);
        int end = sentenceEnd(text, limit);
        if (end < SENTENCE_SHARE * limit) end = wordEnd(text, limit);
        if (end <= 0) end = limit;
        return new Cut(text.substring(0, end).strip(), text.substring(end).strip());
    }

    /** Just after the last ". ", "! ", "? ", "…" or line break that fits within {@code limit}, or 0. */
    private static int sentenceEnd(String text, int limit) {
        for (int i = limit - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') return i;
            if (".!?…".indexOf(c) >= 0 && i + 1 <= limit && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** At the last space within {@code limit} (the next word does not fit whole), or 0. */
    private static int wordEnd(String text, int limit) {
        if (limit < text.length() && Character.isWhitespace(text.charAt(limit))) return limit;
        for (int i = limit - 1; i > 0; i--) if (Character.isWhitespace(text.charAt(i))) return i;
        return 0;
    }
}
