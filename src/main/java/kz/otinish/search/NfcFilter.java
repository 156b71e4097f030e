package kz.otinish.search;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Unicode NFC: a letter typed as base + combining mark ("a" + U+0301) becomes the one precomposed letter ("á"),
 * so the transliteration and folding tables see a single character.
 */
final class NfcFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    NfcFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!Normalizer.isNormalized(term, Normalizer.Form.NFC)) {
            String composed = Normalizer.normalize(term, Normalizer.Form.NFC);
            term.setEmpty().append(composed);
        }
        return true;
    }
}
