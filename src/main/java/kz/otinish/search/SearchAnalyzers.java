package kz.otinish.search;

import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;

// TEMPORARY stand-in until the analysis branch lands
final class SearchAnalyzers {
    static Analyzer kazakh(Path kb) { return new org.apache.lucene.analysis.standard.StandardAnalyzer(); }
    static Analyzer russian() { return new org.apache.lucene.analysis.ru.RussianAnalyzer(); }
}
