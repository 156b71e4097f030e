package kz.otinish.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.otinish.Html;
import kz.otinish.Lang;
import kz.otinish.knowledge.FaqEntry;
import kz.otinish.knowledge.KnowledgeBase;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The FAQ index: every entry's Kazakh and Russian texts, each analysed in its own language, in one
 * in-memory Lucene index. A question is analysed both ways (only as Kazakh when it has Kazakh letters),
 * so a Kazakh question typed on a Russian keyboard competes fairly with a Russian reading of it.
 *
 * <p>Lucene ranks; whether to answer at all is decided by how much of the question the best entry
 * covers, each word weighted by its rarity. A question whose rare words the corpus has never seen
 * ("развод", "погода") is not answered, however well its common words ("как", "подать") match.
 */
public final class FaqSearch {
    /** The share of a question's weight the best entry must cover; calibrated on the search-quality suite. */
    static final double CONFIDENCE = 0.55;
    private static final int SUGGESTIONS = 3;
    /** Entries with many phrasings have long question fields; a weak length norm keeps them from being penalised for it. */
    private static final Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);
    private static final float QUESTION_BOOST = 3f, ANSWER_BOOST = 1f, FUZZY_FACTOR = 0.5f;

    private final List<FaqEntry> entries;
    private final Map<String, FaqEntry> byId = new LinkedHashMap<>();
    private final Map<Lang, Analyzer> analyzers;
    private final Map<Lang, Synonyms> synonyms = new EnumMap<>(Lang.class);
    /** Per language: every analysed term of each entry (question, phrasings, answer), by entry index. */
    private final Map<Lang, List<Set<String>>> termsByEntry = new EnumMap<>(Lang.class);
    private final Map<Lang, Map<String, Integer>> docFreq = new EnumMap<>(Lang.class);
    private final Map<Lang, Set<String>> vocabulary = new EnumMap<>(Lang.class);
    private final IndexSearcher searcher;
    private final Cache<String, FaqResult> cache = Caffeine.newBuilder().maximumSize(10_000).build();

    private FaqSearch(KnowledgeBase kb, Map<Lang, Analyzer> analyzers) throws IOException {
        this.entries = kb.entries();
        this.analyzers = analyzers;
        for (FaqEntry e : entries) byId.put(e.id(), e);
        Map<String, Analyzer> perField = new HashMap<>();
        for (Lang lang : Lang.values()) {
            perField.put(questionField(lang), analyzers.get(lang));
            perField.put(answerField(lang), analyzers.get(lang));
            synonyms.put(lang, new Synonyms(kb.synonymLines(), analyzers.get(lang)));
            termsByEntry.put(lang, new ArrayList<>());
            docFreq.put(lang, new HashMap<>());
        }
        var dir = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzers.get(Lang.RU), perField));
        config.setSimilarity(SIMILARITY);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < entries.size(); i++) {
                FaqEntry e = entries.get(i);
                Document doc = new Document();
                doc.add(new StoredField("n", i));
                for (Lang lang : Lang.values()) {
                    FaqEntry.Text t = e.in(lang);
                    String questions = t.question() + "\n" + String.join("\n", t.phrasings());
                    String answer = Html.toPlain(t.answer());
                    doc.add(new TextField(questionField(lang), questions, Field.Store.NO));
                    doc.add(new TextField(answerField(lang), answer, Field.Store.NO));
                    Set<String> terms = new HashSet<>(AnalyzedText.tokens(analyzers.get(lang), questions));
                    terms.addAll(AnalyzedText.tokens(analyzers.get(lang), answer));
                    termsByEntry.get(lang).add(terms);
                    for (String term : terms) docFreq.get(lang).merge(term, 1, Integer::sum);
                }
                writer.addDocument(doc);
            }
        }
        for (Lang lang : Lang.values()) vocabulary.put(lang, docFreq.get(lang).keySet());
        searcher = new IndexSearcher(DirectoryReader.open(dir));
        searcher.setSimilarity(SIMILARITY);
    }

    public static FaqSearch build(KnowledgeBase kb, Analyzer kazakh, Analyzer russian) {
        try {
            return new FaqSearch(kb, new EnumMap<>(Map.of(Lang.KK, kazakh, Lang.RU, russian)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the FAQ index", e);
        }
    }

    public List<FaqEntry> entries() {
        return entries;
    }

    public Optional<FaqEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Kazakh-only letters settle the language; without them both readings compete. */
    static boolean hasKazakhLetters(String text) {
        return text.toLowerCase(Locale.ROOT).chars().anyMatch(c -> "әғқңөұүһі".indexOf(c) >= 0);
    }

    public FaqResult search(String question) {
        String key = question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return cache.get(key, this::searchUncached);
    }

    FaqResult searchUncached(String question) {
        List<Lang> readings = hasKazakhLetters(question) ? List.of(Lang.KK) : List.of(Lang.KK, Lang.RU);
        Map<Lang, Map<String, Set<String>>> alternatives = new EnumMap<>(Lang.class);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Lang lang : readings) {
            List<String> tokens = AnalyzedText.tokens(analyzers.get(lang), question);
            Map<String, Set<String>> alts = synonyms.get(lang).alternatives(tokens);
            alternatives.put(lang, alts);
            for (var token : alts.entrySet()) query.add(tokenQuery(lang, token.getValue()), BooleanClause.Occur.SHOULD);
        }
        Lang fallbackLang = readings.size() == 1 ? Lang.KK : Lang.RU;
        if (alternatives.values().stream().allMatch(Map::isEmpty)) {
            return new FaqResult(fallbackLang, Optional.empty(), 0, 0, List.of());
        }
        ScoreDoc[] top;
        try {
            top = searcher.search(query.build(), SUGGESTIONS + 2).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (top.length == 0) return new FaqResult(fallbackLang, Optional.empty(), 0, 0, List.of());
        List<FaqEntry> ranked = new ArrayList<>();
        for (ScoreDoc sd : top) ranked.add(entries.get(storedIndex(sd.doc)));
        int best = entries.indexOf(ranked.getFirst());
        Lang queryLang = fallbackLang;
        double confidence = -1;
        for (Lang lang : readings) {
            double c = coverage(lang, alternatives.get(lang), best);
            if (c > confidence) {
                confidence = c;
                queryLang = lang;
            }
        }
        if (confidence >= CONFIDENCE) {
            return new FaqResult(queryLang, Optional.of(ranked.getFirst()), top[0].score, confidence, List.of());
        }
        List<FaqEntry> suggestions = ranked.stream().limit(SUGGESTIONS).toList();
        return new FaqResult(queryLang, Optional.empty(), top[0].score, confidence, suggestions);
    }

    private Query tokenQuery(Lang lang, Set<String> alternatives) {
        List<Query> options = new ArrayList<>();
        for (var term : spellings(lang, alternatives).entrySet()) {
            float weight = term.getValue();
            options.add(new BoostQuery(new TermQuery(new Term(questionField(lang), term.getKey())), QUESTION_BOOST * weight));
            options.add(new BoostQuery(new TermQuery(new Term(answerField(lang), term.getKey())), ANSWER_BOOST * weight));
        }
        return new DisjunctionMaxQuery(options, 0.1f);
    }

    /**
     * The corpus's terms a query word may stand for: its alternatives as they are (weight 1) and, for words
     * long enough to carry a typo, every corpus term within the allowed edits (a lower weight). The
     * vocabulary is small, so a scan is cheaper than building Levenshtein automata for each word.
     */
    private Map<String, Float> spellings(Lang lang, Set<String> alternatives) {
        Map<String, Float> out = new HashMap<>();
        for (String a : alternatives) {
            out.put(a, 1f);
            int edits = EditDistance.allowedFor(a);
            if (edits == 0) continue;
            for (String v : vocabulary.get(lang)) {
                if (!out.containsKey(v) && EditDistance.within(a, v, edits) <= edits) out.put(v, FUZZY_FACTOR);
            }
        }
        return out;
    }

    /** The rarity-weighted share of the question's words that entry {@code n} contains, typos allowed. */
    private double coverage(Lang lang, Map<String, Set<String>> alternatives, int n) {
        Set<String> terms = termsByEntry.get(lang).get(n);
        double total = 0, covered = 0;
        for (var token : alternatives.entrySet()) {
            double weight = idf(lang, token.getValue());
            total += weight;
            if (spellings(lang, token.getValue()).keySet().stream().anyMatch(terms::contains)) covered += weight;
        }
        return total == 0 ? 0 : covered / total;
    }

    private double idf(Lang lang, Set<String> alternatives) {
        int df = alternatives.stream().mapToInt(a -> docFreq.get(lang).getOrDefault(a, 0)).max().orElse(0);
        return Math.log(1 + (double) entries.size() / (1 + df));
    }

    private int storedIndex(int doc) {
        try {
            return searcher.storedFields().document(doc).getField("n").numericValue().intValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String questionField(Lang lang) {
        return "q_" + lang.code();
    }

    private static String answerField(Lang lang) {
        return "a_" + lang.code();
    }


}
