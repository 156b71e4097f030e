package kz.otinish.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads ё and э as е. Few people type ё; and Latin "e" cannot tell е from э (elektronnoe, eto), so the Cyrillic
 * spelling must not tell them apart either.
 */
final class RussianEFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    RussianEFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            chars[i] = fold(chars[i]);
        }
        return true;
    }

    static char fold(char c) {
        return c == 'ё' || c == 'э' ? 'е' : c;
    }
}
