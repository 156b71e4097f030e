package kz.otinish.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/** The analyzers the FAQ is searched with, the Kazakh one with the stopwords an admin keeps in knowledge-base/. */
final class SearchAnalyzers {
    private SearchAnalyzers() {}

    static Analyzer kazakh(Path knowledgeBase) {
        Path list = knowledgeBase.resolve("stopwords-kk.txt");
        return Files.exists(list) ? new KazakhAnalyzer(words(list)) : new KazakhAnalyzer();
    }

    /** Lucene's Russian stopwords plus the admin's {@code stopwords-ru.txt} (words that only pad a question). */
    static Analyzer russian(Path knowledgeBase) {
        Path list = knowledgeBase.resolve("stopwords-ru.txt");
        return Files.exists(list) ? new RussianQueryAnalyzer(words(list)) : new RussianQueryAnalyzer();
    }

    private static CharArraySet words(Path list) {
        try (Reader r = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            return WordlistLoader.getWordSet(r, "#");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + list, e);
        }
    }
}
