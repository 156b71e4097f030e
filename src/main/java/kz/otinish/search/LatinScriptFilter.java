package kz.otinish.search;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Rewrites a lowercase token written in Latin letters into Cyrillic; tokens in any other script pass untouched. */
final class LatinScriptFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final UnaryOperator<String> toCyrillic;

    /** @param toCyrillic {@link LatinScript#kazakhWord} or {@link LatinScript#russianWord} */
    LatinScriptFilter(TokenStream input, UnaryOperator<String> toCyrillic) {
        super(input);
        this.toCyrillic = toCyrillic;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (LatinScript.isLatin(term)) {
            String cyrillic = toCyrillic.apply(term.toString());
            term.setEmpty().append(cyrillic);
        }
        return true;
    }
}
