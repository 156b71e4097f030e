package kz.otinish.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Kazakh as people type it on a phone: with the Kazakh letters, without them (a Russian keyboard), or in Latin.
 * The three spellings of a word give the same token: "өтінішті", "отиништи" and "otinishti" all become "отиниш".
 *
 * <p>The stemmer runs before folding but decides on folded letters only, so stemming and folding commute; the
 * stopwords too are matched folded.
 */
public final class KazakhAnalyzer extends Analyzer {
    /** The default stopword list, a classpath resource: one word a line, '#' comments. */
    public static final String DEFAULT_STOPWORDS = "knowledge-base/stopwords-kk.txt";

    private final CharArraySet stopwords;

    /** With the stopwords of {@value #DEFAULT_STOPWORDS}. */
    public KazakhAnalyzer() {
        this(defaultStopwords());
    }

    /** @param stopwords words to drop; they are compared folded, so any spelling will do */
    public KazakhAnalyzer(CharArraySet stopwords) {
        this.stopwords = folded(stopwords);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new NfcFilter(source);
        result = new LowerCaseFilter(result);
        result = new LatinScriptFilter(result, LatinScript::kazakhWord);
        result = new KazakhStopFilter(result, stopwords);
        result = new KazakhStemFilter(result);
        result = new KazakhFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new KazakhFoldingFilter(new LowerCaseFilter(new NfcFilter(in)));
    }

    /** The list shipped in the jar; a missing list is a broken build, not a condition to run with. */
    public static CharArraySet defaultStopwords() {
        InputStream list = KazakhAnalyzer.class.getClassLoader().getResourceAsStream(DEFAULT_STOPWORDS);
        if (list == null) {
            throw new IllegalStateException("classpath resource " + DEFAULT_STOPWORDS + " is missing");
        }
        try (InputStreamReader reader = new InputStreamReader(list, StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(reader, "#"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_STOPWORDS, e);
        }
    }

    private static CharArraySet folded(CharArraySet stopwords) {
        CharArraySet folded = new CharArraySet(stopwords.size(), false);
        for (Object word : stopwords) {
            folded.add(KazakhLetters.fold(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
