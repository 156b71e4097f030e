package kz.otinish.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops stopwords however many Kazakh letters the user typed: a word and the list are compared folded, so "қалай",
 * "калай" and the half-folded "қалаи" of a Latin "qalai" all go.
 */
final class KazakhStopFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet foldedStopwords;
    private char[] folded = new char[16];

    /** @param foldedStopwords the list, folded with {@link KazakhLetters#fold(String)} */
    KazakhStopFilter(TokenStream input, CharArraySet foldedStopwords) {
        super(input);
        this.foldedStopwords = foldedStopwords;
    }

    @Override
    protected boolean accept() {
        if (folded.length < term.length()) {
            folded = new char[term.length()];
        }
        System.arraycopy(term.buffer(), 0, folded, 0, term.length());
        KazakhLetters.fold(folded, term.length());
        return !foldedStopwords.contains(folded, 0, term.length());
    }
}
