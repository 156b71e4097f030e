package kz.otinish.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads й as и and drops ь, after stemming (the stemmer needs both to find its endings): the letters Latin
 * typing cannot mark (fail, zaiti, zapisatsya) and hurried thumbs leave out, so "файл" and "фаил",
 * "записаться" and "записатся" meet.
 */
final class RussianLooseLettersFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    RussianLooseLettersFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        int length = 0;
        for (int i = 0; i < term.length(); i++) {
            if (chars[i] != 'ь') chars[length++] = chars[i] == 'й' ? 'и' : chars[i];
        }
        term.setLength(length);
        return true;
    }
}
