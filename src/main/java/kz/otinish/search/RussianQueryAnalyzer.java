package kz.otinish.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Russian as people type it on a phone, in Cyrillic or in Latin ("kak podat zhalobu"): Lucene's Russian stopwords
 * and light stemmer, after transliteration and with ё and э read as е, й as и, without ь.
 *
 * <p>The light stemmer, not Snowball: it drops a final soft sign, so "podat" and "подать" meet, and it keeps
 * nouns apart that Snowball merges (see RussianQueryAnalyzerTest).
 */
public final class RussianQueryAnalyzer extends Analyzer {
    private final CharArraySet stopwords;

    /** With Lucene's Russian stopwords only. */
    public RussianQueryAnalyzer() {
        this(CharArraySet.EMPTY_SET);
    }

    /** With Lucene's Russian stopwords and {@code more} (the admin's list of words that only pad a question). */
    public RussianQueryAnalyzer(CharArraySet more) {
        CharArraySet all = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);
        all.addAll(more);
        this.stopwords = withEFolded(all);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new NfcFilter(source);
        result = new LowerCaseFilter(result);
        result = new LatinScriptFilter(result, LatinScript::russianWord);
        result = new RussianLettersFilter(result, RussianLettersFilter::eAsE);
        result = new StopFilter(result, stopwords);
        result = new RussianLightStemFilter(result);
        result = new RussianLettersFilter(result, RussianLettersFilter::looseLetters);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream letters = new RussianLettersFilter(new LowerCaseFilter(new NfcFilter(in)), RussianLettersFilter::eAsE);
        return new RussianLettersFilter(letters, RussianLettersFilter::looseLetters);
    }

    private static CharArraySet withEFolded(CharArraySet stopwords) {
        CharArraySet folded = new CharArraySet(stopwords.size(), false);
        for (Object word : stopwords) {
            char[] chars = ((char[]) word).clone();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) RussianLettersFilter.eAsE(chars[i]);
            }
            folded.add(chars);
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
