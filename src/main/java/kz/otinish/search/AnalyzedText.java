package kz.otinish.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A text as an analyzer sees it: the list of its tokens. */
public final class AnalyzedText {
    private AnalyzedText() {}

    /** A token and where the word it came from starts in the text: how two analyzers' readings of one word meet. */
    public record Token(String term, int start) {}

    /** The tokens {@code analyzer} makes of {@code text}, in order: tokens("Өтінішті қайтару", kk) = [отиниш, кайтар]. */
    public static List<String> tokens(Analyzer analyzer, String text) {
        return tokensAt(analyzer, text).stream().map(Token::term).toList();
    }

    /** The tokens with the offsets of their words. */
    public static List<Token> tokensAt(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail on I/O", e);
        }
        return tokens;
    }
}
