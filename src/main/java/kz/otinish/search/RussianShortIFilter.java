package kz.otinish.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads й as и, after stemming (the stemmer needs й to find -ий, -ой). Latin "i" cannot tell them apart
 * (fail, zaiti) and hurried typing drops the breve, so файл and "фаил" must meet.
 */
final class RussianShortIFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    RussianShortIFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (chars[i] == 'й') chars[i] = 'и';
        }
        return true;
    }
}
