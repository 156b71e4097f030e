package kz.otinish.search;

import java.io.IOException;
import java.util.function.IntUnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Rewrites a token letter by letter: Russian letters people type in more than one way read as one. */
final class RussianLettersFilter extends TokenFilter {
    /** What a letter maps to to drop it. */
    static final int DROP = -1;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final IntUnaryOperator letters;

    /** @param letters {@link #eAsE} or {@link #looseLetters} */
    RussianLettersFilter(TokenStream input, IntUnaryOperator letters) {
        super(input);
        this.letters = letters;
    }

    /**
     * ё and э read as е, before stopwords and stemming. Few people type ё; and Latin "e" cannot tell е from э
     * (elektronnoe, eto), so the Cyrillic spelling must not tell them apart either.
     */
    static int eAsE(int c) {
        return c == 'ё' || c == 'э' ? 'е' : c;
    }

    /**
     * й read as и and ь dropped, after stemming (the stemmer needs both to find its endings): the letters Latin
     * typing cannot mark (fail, zaiti, zapisatsya) and hurried thumbs leave out, so "файл" and "фаил",
     * "записаться" and "записатся" meet.
     */
    static int looseLetters(int c) {
        return c == 'ь' ? DROP : c == 'й' ? 'и' : c;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        int length = 0;
        for (int i = 0; i < term.length(); i++) {
            int c = letters.applyAsInt(chars[i]);
            if (c != DROP) chars[length++] = (char) c;
        }
        term.setLength(length);
        return true;
    }
}
