package kz.otinish.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

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
    /** The share of a question's weight the best entry must cover to be answered outright. */
    static final double CONFIDENCE = 0.5;
    /**
     * People write long messages around a short question ("бүгін жұма, кешкі жетіге дейін үлгерем бе"): the words
     * around it lower the share covered. Such a question is answered when at least this share is covered, the
     * covered words weigh {@link #EVIDENCE} (two or three rare words of the entry) and the entry leads the next
     * one by {@link #LEAD}. All three were calibrated on the development set (search-dev), none on the suite.
     */
    static final double PARTIAL = 0.3, EVIDENCE = 6, LEAD = 0.1;
    /**
     * Below this share of the question covered, the closest topics are not offered either. Low, because a button
     * costs the person one glance while a story told around a short question ("соседи затопили квартиру, как подать
     * жалобу") often covers a quarter of it or less; on the development set 0.2 offers the right topic to 15 more
     * people than 0.3 did, and topics to 2 more off-topic questions.
     */
    static final double SUGGEST = 0.2;
    private static final int SUGGESTIONS = 3, CANDIDATES = 12;
    /** The longest small-talk phrase, in words, that a message may match with typos. */
    private static final int SMALL_TALK_WORDS = 3;
    /** The shortest word of a small-talk phrase that may be typed with a typo, in letters of its analysed form. */
    private static final int SMALL_TALK_TYPO = 7;
    /** The intent model's decision value from which its best entry answers alone (see {@link #fused}). */
    static final double MODEL_SURE = -0.6;
    /** The least share of the question the corpus must know for the model to answer alone (see {@link #fused}). */
    static final double MODEL_KNOWN = 0.1;
    /** By how much the model must prefer another entry to overrule an entry the search is sure of. */
    static final double MODEL_OVERRULES = 0.3;
    /**
     * How close to an answer's model value another entry must be to be offered under it (see {@link #answered}). On
     * search-dev 0.3 put the right topic within one tap for 7 more questions than answered right, with topics under
     * 43 of 302 answers; 0.5 reached 3 more but crowded 80 answers.
     */
    static final double ALTERNATIVE_GAP = 0.3;
    private static final int ALTERNATIVES = 2;
    /** Below this decision value an entry is too far from the question to be offered as a topic. */
    static final double MODEL_SUGGEST = -1.3;
    /**
     * When the model rates "none of the entries" highest but an entry within this of it, the person still gets the
     * entries as topics to tap: on search-dev one more need was offered (311 → 312 of 319) and no more off-topic
     * message was offered topics (10 of 90 with the suite's); at 0.5 and 1 off-topic messages were offered them too.
     */
    static final double NONE_MARGIN = 0.25;
    /**
     * A word the corpus has never seen weighs more: it is what an off-topic question is about. At 1.0 the
     * development set gained 7 of 319 answers, but the held-out set answered 9 of its 55 off-topic questions
     * instead of 5, and the right topic was among the buttons about as often: a random entry is worse than buttons.
     */
    private static final double UNKNOWN_WEIGHT = 1.5;
    /** How much Lucene's score adds to an entry's coverage when ordering the candidates. */
    private static final double SCORE_WEIGHT = 1.0;
    /** A synonym counts a little less than the word the user typed. */
    private static final float SYNONYM_FACTOR = 0.7f;
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
    /** Every term of the vocabulary, with its letters and (Russian) how it sounds, computed once for {@link #spellings}. */
    private final Map<Lang, List<Spelled>> spelled = new EnumMap<>(Lang.class);
    /** Greetings, thanks and "how are you", as each analyzer reads them: not questions to search for. */
    private final Map<Lang, Map<List<String>, FaqResult.SmallTalk>> smallTalk = new EnumMap<>(Lang.class);
    /** Topics the bot does not cover, and the words that make a question one about an appeal all the same. */
    private final Map<Lang, Phrases> outOfScope = new EnumMap<>(Lang.class), appealWords = new EnumMap<>(Lang.class);
    private final IndexSearcher searcher;
    private final IntentModel intents;
    private final Cache<String, FaqResult> cache = Caffeine.newBuilder().maximumSize(10_000).build();
    /**
     * A word's spellings in the corpus, kept per word: questions differ but their words recur, and the scan of the
     * vocabulary was a tenth of answering one under load.
     */
    private final Cache<Spellings, Map<String, Float>> spellingsOfWord = Caffeine.newBuilder().maximumSize(10_000).build();
    private record Spellings(Lang lang, Set<String> alternatives) {}
    /**
     * Each word query's score for every document (NaN where it does not match), kept per word as the spellings are:
     * ~0.5 KB each, so 10,000 of them stay within the small heap the bot runs in. The key is what the query is made of,
     * not the query: building a query and hashing its tree on every word was 4 % of the bot's CPU under load, and
     * 10,000 kept queries ~3 MB of its heap.
     */
    private final Cache<WordScores, float[]> scoresOfWord = Caffeine.newBuilder().maximumSize(10_000).build();
    /** All a word's query is made of: its spellings follow from its language and alternatives. */
    private record WordScores(Lang lang, String typed, Set<String> alternatives, List<List<String>> phrases, Map<String, Float> foreign) {}
    /** The entry of each Lucene document, read once: reading its stored field on every hit decompressed it each time. */
    private final int[] entryOfDoc;

    /** How the model and the index are had: made, or read back from where they were kept ({@link ModelCache}). */
    interface Models {
        IntentModel model(Map<Lang, Analyzer> analyzers, Supplier<IntentModel> training);

        /** The index built by {@code building}, or the one it built before for the same knowledge base and code. */
        Directory index(Supplier<Directory> building);
    }

    private FaqSearch(KnowledgeBase kb, Map<Lang, Analyzer> analyzers, Models models) throws IOException {
        this.entries = kb.entries();
        this.analyzers = analyzers;
        // The model needs only the entries and the analyzers: it is trained (or read back) on a second core while
        // this one builds the index (a cold build that trains: 3.4-3.9 s -> 3.0-3.3 s).
        Supplier<IntentModel> training = () -> IntentModel.train(entries, kb.offTopicLines(), analyzers);
        FutureTask<IntentModel> model = new FutureTask<>(() -> models == null ? training.get() : models.model(analyzers, training));
        Thread.ofPlatform().name("intent-model").daemon().start(model);
        for (FaqEntry e : entries) byId.put(e.id(), e);
        Map<String, Analyzer> perField = new HashMap<>();
        for (Lang lang : Lang.values()) {
            perField.put(questionField(lang), analyzers.get(lang));
            perField.put(answerField(lang), analyzers.get(lang));
            synonyms.put(lang, new Synonyms(kb.synonymLines(), analyzers.get(lang)));
            Map<List<String>, FaqResult.SmallTalk> chat = new HashMap<>();
            FaqResult.SmallTalk kind = FaqResult.SmallTalk.GREETING;
            for (String line : kb.smallTalkLines()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                if (l.equals("[thanks]") || l.equals("[greetings]")) {
                    kind = l.equals("[thanks]") ? FaqResult.SmallTalk.THANKS : FaqResult.SmallTalk.GREETING;
                    continue;
                }
                List<String> tokens = AnalyzedText.tokens(analyzers.get(lang), l);
                if (!tokens.isEmpty()) chat.putIfAbsent(tokens, kind);
            }
            smallTalk.put(lang, chat);
            outOfScope.put(lang, new Phrases(kb.outOfScopeLines(), analyzers.get(lang)));
            appealWords.put(lang, new Phrases(kb.appealWordLines(), analyzers.get(lang)));
        }
        Directory index = models == null ? index(analyzers, perField) : models.index(() -> index(analyzers, perField));
        searcher = new IndexSearcher(DirectoryReader.open(index));
        searcher.setSimilarity(SIMILARITY);
        entryOfDoc = new int[searcher.getIndexReader().maxDoc()];
        StoredFields stored = searcher.storedFields();
        for (int doc = 0; doc < entryOfDoc.length; doc++) entryOfDoc[doc] = stored.document(doc).getField("n").numericValue().intValue();
        for (Lang lang : Lang.values()) {
            termsByEntry.put(lang, indexedTerms(lang));
            Map<String, Integer> df = new HashMap<>();
            for (Set<String> terms : termsByEntry.get(lang)) for (String term : terms) df.merge(term, 1, Integer::sum);
            docFreq.put(lang, df);
            vocabulary.put(lang, df.keySet());
            spelled.put(lang, df.keySet().stream().map(v -> {
                String heard = lang == Lang.RU ? UnstressedVowels.reduce(v) : v;
                return new Spelled(v, EditDistance.letters(v), heard, EditDistance.letters(heard));
            }).toList());
        }
        intents = finished(model);
    }

    IntentModel intents() {
        return intents;
    }

    /** The entries indexed, a document each: its number, and per language its question and phrasings, and its answer. */
    private Directory index(Map<Lang, Analyzer> analyzers, Map<String, Analyzer> perField) {
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
                    doc.add(new TextField(questionField(lang), t.question() + "\n" + String.join("\n", t.phrasings()), Field.Store.NO));
                    doc.add(new TextField(answerField(lang), Html.toPlain(t.searchedAnswer()), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the FAQ index", e);
        }
        return dir;
    }

    /** Every term each entry's question, phrasings and answer hold in {@code lang}, read from the index (analysed once). */
    private List<Set<String>> indexedTerms(Lang lang) throws IOException {
        List<Set<String>> terms = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) terms.add(new HashSet<>());
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (String field : List.of(questionField(lang), answerField(lang))) {
                Terms inField = leaf.reader().terms(field);
                if (inField == null) continue;
                TermsEnum term = inField.iterator();
                PostingsEnum docs = null;
                for (BytesRef bytes = term.next(); bytes != null; bytes = term.next()) {
                    String text = bytes.utf8ToString();
                    docs = term.postings(docs, PostingsEnum.NONE);
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        terms.get(entryOfDoc[leaf.docBase + doc]).add(text);
                    }
                }
            }
        }
        return terms;
    }

    /** The model once trained or read; what failed there fails here, as if it had run on this thread. */
    private static IntentModel finished(FutureTask<IntentModel> model) {
        try {
            return model.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            model.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the intent model was trained", e);
        }
    }

    /**
     * The entries the model rates closest to a question other than the one shown ({@code shown}), best first: what to
     * offer when a person says an answer did not help.
     */
    public List<FaqEntry> otherTopics(String question, FaqEntry shown) {
        return closest(intents.rank(question), shown, MODEL_SUGGEST, SUGGESTIONS);
    }

    /** The model's entries other than {@code shown} rated {@code floor} or above, best first, {@code limit} at most. */
    private List<FaqEntry> closest(List<IntentModel.Scored> model, FaqEntry shown, double floor, int limit) {
        return model.stream().filter(m -> m.label() != IntentModel.NONE && m.value() >= floor)
                .map(m -> entries.get(m.label())).filter(e -> !e.equals(shown)).limit(limit).toList();
    }

    /** The intent model's {@code n} best labels for a question, as "entry-id value" ("none" for none of them): why it decided. */
    public List<String> modelGuesses(String question, int n) {
        return intents.rank(question).stream().limit(n)
                .map(m -> (m.label() == IntentModel.NONE ? "none" : entries.get(m.label()).id()) + String.format(Locale.ROOT, " %.2f", m.value()))
                .toList();
    }

    public static FaqSearch build(KnowledgeBase kb, Analyzer kazakh, Analyzer russian) {
        return build(kb, kazakh, russian, null);
    }

    /** As {@link #build(KnowledgeBase, Analyzer, Analyzer)}, the intent model had from {@code models} (null: trained). */
    static FaqSearch build(KnowledgeBase kb, Analyzer kazakh, Analyzer russian, Models models) {
        try {
            return new FaqSearch(kb, new EnumMap<>(Map.of(Lang.KK, kazakh, Lang.RU, russian)), models);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the FAQ index", e);
        }
    }

    /** The terms {@code lang}'s analysis makes of {@code text}, as the index sees them: for admins who ask why. */
    public List<String> tokens(Lang lang, String text) {
        return AnalyzedText.tokens(analyzers.get(lang), text);
    }

    public List<FaqEntry> entries() {
        return entries;
    }

    public Optional<FaqEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Kazakh-only letters (those {@link KazakhLetters} folds) settle the language; without them both readings compete. */
    static boolean hasKazakhLetters(String text) {
        return text.toLowerCase(Locale.ROOT).chars().anyMatch(c -> KazakhLetters.fold((char) c) != c);
    }

    public FaqResult search(String question) {
        String key = question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return cache.get(key, this::searchUncached);
    }

    FaqResult searchUncached(String question) {
        Ranking ranking = rank(question);
        if (ranking.smallTalk() != FaqResult.SmallTalk.NONE) return smallTalk(ranking);
        Lexical lexical = lexical(ranking);
        if (lexical.outOfScope()) {
            return new FaqResult(lexical.lang(), Optional.empty(), lexical.score(), lexical.coverage(), List.of(),
                    FaqResult.SmallTalk.NONE, FaqResult.Reason.OUT_OF_SCOPE, 0);
        }
        return fused(question, ranking.bothLanguages(), lexical);
    }

    private static FaqResult smallTalk(Ranking ranking) {
        return new FaqResult(ranking.lang(), Optional.empty(), 0, 0, List.of(), ranking.smallTalk(), FaqResult.Reason.SMALL_TALK, 0);
    }

    /** What the term search alone makes of a question: its answer if confident, its closest topics, its language. */
    private record Lexical(Lang lang, Optional<FaqEntry> answer, List<FaqEntry> suggestions, double score, double coverage, boolean outOfScope) {}

    /** The term search's verdict alone, before the model has its say: {@code IntentModelExperiment} sets the fusion on it. */
    FaqResult lexicalOnly(String question) {
        Ranking ranking = rank(question);
        if (ranking.smallTalk() != FaqResult.SmallTalk.NONE) return smallTalk(ranking);
        Lexical l = lexical(ranking);
        FaqResult.Reason reason = l.outOfScope() ? FaqResult.Reason.OUT_OF_SCOPE : l.answer().isPresent() ? FaqResult.Reason.SEARCH : FaqResult.Reason.UNSURE;
        return new FaqResult(l.lang(), l.answer(), l.score(), l.coverage(), l.suggestions(), FaqResult.SmallTalk.NONE, reason, 0);
    }

    private Lexical lexical(Ranking ranking) {
        if (ranking.candidates().isEmpty()) return new Lexical(ranking.lang(), Optional.empty(), List.of(), 0, 0, false);
        List<FaqEntry> ranked = new ArrayList<>();
        for (Candidate c : ranking.candidates()) {
            FaqEntry e = entries.get(c.entry());
            if (!ranked.contains(e)) ranked.add(e);
        }
        Candidate best = ranking.candidates().getFirst();
        if (aboutAnotherTopic(ranking.tokens().get(best.lang()), best)) {
            return new Lexical(best.lang(), Optional.empty(), List.of(), best.score(), best.coverage(), true);
        }
        Candidate runnerUp = ranking.candidates().stream().filter(c -> c.entry() != best.entry()).findFirst().orElse(null);
        double lead = runnerUp == null ? best.rank() : best.rank() - runnerUp.rank();
        if (best.coverage() >= CONFIDENCE || best.coverage() >= PARTIAL && best.covered() >= EVIDENCE && lead >= LEAD) {
            return new Lexical(best.lang(), Optional.of(ranked.getFirst()), List.of(), best.score(), best.coverage(), false);
        }
        // Topics that share a word or two with a question about something else are no help: offer none.
        List<FaqEntry> suggestions = best.coverage() >= SUGGEST ? ranked.stream().limit(SUGGESTIONS).toList() : List.of();
        return new Lexical(best.lang(), Optional.empty(), suggestions, best.score(), best.coverage(), false);
    }

    /**
     * The term search and the intent model together. They agree: the answer. The search is sure and the model prefers
     * another entry by more than {@link #MODEL_OVERRULES}: the model's (its "none of them" likewise silences the
     * search). Only the model is sure — its best is an entry at {@link #MODEL_SURE} or above and the search knows
     * at least {@link #MODEL_KNOWN} of the question: the model's. Otherwise no answer, and the closest topics of both
     * as buttons. The constants were set by {@code IntentModelExperiment} on search-dev and the suite (a grid scoring
     * right answers less ten times the off-topic ones answered: 0 on both; a margin over the next label gained
     * nothing), never on the held-out set.
     */
    private FaqResult fused(String question, Map<Lang, List<String>> tokens, Lexical lexical) {
        List<IntentModel.Scored> model = intents.rank(question, tokens);
        IntentModel.Scored top = model.getFirst();
        double topValue = top.value();
        // Alone, the model answers only a question the corpus knows some words of: with
        // none at all ("Шамалған", a village) its best is a guess from shared letters. Free on search-dev and the suite.
        boolean modelSure = top.label() != IntentModel.NONE && topValue >= MODEL_SURE && lexical.coverage() >= MODEL_KNOWN;
        FaqEntry modelEntry = top.label() == IntentModel.NONE ? null : entries.get(top.label());
        if (lexical.answer().isPresent()) {
            FaqEntry found = lexical.answer().get();
            if (found.equals(modelEntry)) return answered(lexical, found, FaqResult.Reason.BOTH, topValue, model);
            double foundValue = model.stream().filter(m -> m.label() >= 0 && entries.get(m.label()).equals(found)).findFirst().orElseThrow().value();
            boolean overruled = topValue - foundValue > MODEL_OVERRULES;
            if (overruled && modelSure) return answered(lexical, modelEntry, FaqResult.Reason.MODEL, topValue, model);
            if (!overruled || modelEntry != null) return answered(lexical, found, FaqResult.Reason.SEARCH, foundValue, model);
        } else if (modelSure) {
            return answered(lexical, modelEntry, FaqResult.Reason.MODEL, topValue, model);
        }
        // Unsure: the model's closest entries first (it ranks paraphrases better), then the search's; none for a
        // message none of whose words the corpus knows, where the model's guesses would be random topics, nor for
        // one the model is clearly sure is about none of them.
        List<FaqEntry> suggestions = new ArrayList<>();
        boolean aboutAnEntry = top.label() != IntentModel.NONE || topValue - model.get(1).value() <= NONE_MARGIN;
        if (aboutAnEntry && lexical.coverage() > 0 || !lexical.suggestions().isEmpty()) {
            for (IntentModel.Scored m : model) {
                if (suggestions.size() == SUGGESTIONS) break;
                if (m.label() != IntentModel.NONE && m.value() >= MODEL_SUGGEST) suggestions.add(entries.get(m.label()));
            }
            for (FaqEntry e : lexical.suggestions()) if (suggestions.size() < SUGGESTIONS && !suggestions.contains(e)) suggestions.add(e);
        }
        return new FaqResult(lexical.lang(), Optional.empty(), lexical.score(), lexical.coverage(), suggestions,
                FaqResult.SmallTalk.NONE, FaqResult.Reason.UNSURE, topValue);
    }

    /**
     * An answer, with the entries the model rates nearly as high as it ({@link #ALTERNATIVE_GAP}) as topics under it:
     * two needs may share their words ("не согласен с ответом" after a personal reception or after a written answer),
     * and one tap on the right topic is better than a wrong answer and a dead end. {@code entryValue}: the model's value
     * for {@code entry}, which every caller has at hand.
     */
    private FaqResult answered(Lexical lexical, FaqEntry entry, FaqResult.Reason reason, double entryValue, List<IntentModel.Scored> model) {
        List<FaqEntry> alternatives = closest(model, entry, Math.max(MODEL_SUGGEST, entryValue - ALTERNATIVE_GAP), ALTERNATIVES);
        return new FaqResult(lexical.lang(), Optional.of(entry), lexical.score(), lexical.coverage(), alternatives,
                FaqResult.SmallTalk.NONE, reason, entryValue);
    }

    /**
     * A question that names a topic the bot does not cover ("пенсия", "шетелдік паспорт") and no appeal is about
     * that topic, however many of its other words an entry shares: unless the entry itself speaks of it.
     */
    private boolean aboutAnotherTopic(List<String> tokens, Candidate best) {
        List<String> topic = outOfScope.get(best.lang()).firstIn(tokens);
        return topic != null && !appealWords.get(best.lang()).anyIn(tokens) && !termsByEntry.get(best.lang()).get(best.entry()).containsAll(topic);
    }

    /** One entry as a reading of the question found it. */
    record Candidate(int entry, Lang lang, double rank, double coverage, double covered, float score) {}

    /**
     * The candidates, best first; {@code lang} is the language a non-match is told in; {@code tokens}, the
     * question as each reading analysed it.
     */
    record Ranking(Lang lang, List<Candidate> candidates, FaqResult.SmallTalk smallTalk, Map<Lang, List<String>> tokens,
                   Map<Lang, List<String>> bothLanguages) {}

    Ranking rank(String question) {
        List<Lang> readings = hasKazakhLetters(question) ? List.of(Lang.KK) : List.of(Lang.KK, Lang.RU);
        Lang fallbackLang = readings.size() == 1 ? Lang.KK : Lang.RU;
        // Each reading of the question ranks the entries on its own; an entry then competes with the better
        // of its two readings, so a Russian question is not helped or hurt by how it reads as Kazakh.
        Map<Lang, List<String>> tokensByLang = new EnumMap<>(Lang.class);
        Map<Lang, List<Word>> words = new EnumMap<>(Lang.class);
        Map<Lang, Map<Integer, Float>> scores = new EnumMap<>(Lang.class);
        float maxScore = 0;
        Map<Lang, List<AnalyzedText.Token>> located = new EnumMap<>(Lang.class);
        Map<Lang, List<String>> bothLanguages = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            located.put(lang, AnalyzedText.tokensAt(analyzers.get(lang), question));
            bothLanguages.put(lang, located.get(lang).stream().map(AnalyzedText.Token::term).toList());
        }
        for (Lang lang : readings) {
            List<String> tokens = located.get(lang).stream().map(AnalyzedText.Token::term).toList();
            tokensByLang.put(lang, tokens);
            FaqResult.SmallTalk chat = smallTalk(lang, tokens);
            if (chat != null) return new Ranking(lang, List.of(), chat, tokensByLang, bothLanguages);
            Map<String, String> asOtherLanguage = sameWords(located.get(lang), located.get(lang.other()));
            List<Word> reading = new ArrayList<>();
            for (var token : synonyms.get(lang).alternatives(tokens).entrySet()) {
                reading.add(word(lang, token.getKey(), token.getValue(), asOtherLanguage.get(token.getKey())));
            }
            words.put(lang, reading);
            Map<Integer, Float> byEntry = new HashMap<>();
            scores.put(lang, byEntry);
            if (reading.isEmpty()) continue;
            // What Lucene's disjunction of the words would score: each word's own scores summed. A word's scores are
            // fixed while the index is, and words recur where questions do not.
            float[] total = new float[entryOfDoc.length];
            boolean[] matched = new boolean[entryOfDoc.length];
            for (Word w : reading) {
                var key = new WordScores(lang, w.typed(), w.alternatives(), w.phrases(), w.foreign());
                float[] scored = scoresOfWord.get(key, k -> scoresOf(wordQuery(lang, w)));
                for (int doc = 0; doc < total.length; doc++) {
                    if (Float.isNaN(scored[doc])) continue;
                    total[doc] += scored[doc];
                    matched[doc] = true;
                }
            }
            List<Integer> docs = new ArrayList<>();
            for (int doc = 0; doc < total.length; doc++) if (matched[doc]) docs.add(doc);
            docs.sort((a, b) -> total[a] != total[b] ? Float.compare(total[b], total[a]) : Integer.compare(a, b));
            for (int doc : docs.subList(0, Math.min(CANDIDATES, docs.size()))) {
                byEntry.put(entryOfDoc[doc], total[doc]);
                maxScore = Math.max(maxScore, total[doc]);
            }
        }
        if (maxScore == 0) return new Ranking(fallbackLang, List.of(), FaqResult.SmallTalk.NONE, tokensByLang, bothLanguages);
        // Lucene's score finds the candidates; the final order also weighs how much of the question each one covers.
        List<Candidate> candidates = new ArrayList<>();
        for (Lang lang : readings) {
            double total = 0;
            for (Word w : words.get(lang)) total += w.weight();
            for (var e : scores.get(lang).entrySet()) {
                double covered = covered(lang, words.get(lang), e.getKey());
                double coverage = total == 0 ? 0 : covered / total;
                candidates.add(new Candidate(e.getKey(), lang, coverage + SCORE_WEIGHT * e.getValue() / maxScore, coverage, covered, e.getValue()));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::rank).reversed());
        return new Ranking(candidates.getFirst().lang(), candidates, FaqResult.SmallTalk.NONE, tokensByLang, bothLanguages);
    }

    /**
     * A word of the question as the corpus may hold it: what was typed, its synonyms, every corpus term it may
     * stand for (typos allowed, weighted less), the other language's terms for a word typed in that language, and how
     * much it weighs in the question.
     */
    record Word(String typed, Set<String> alternatives, List<List<String>> phrases, Map<String, Float> spellings, Map<String, Float> foreign, double weight) {
        /**
         * Whether an entry holds this word: in some spelling or a synonym phrase whole among {@code terms}, or, for a
         * word of the other language, among {@code otherTerms} (the entry's text in that language).
         */
        boolean foundIn(Set<String> terms, Set<String> otherTerms) {
            return spellings.keySet().stream().anyMatch(terms::contains) || phrases.stream().anyMatch(terms::containsAll)
                    || foreign.keySet().stream().anyMatch(otherTerms::contains);
        }
    }

    /**
     * A word weighs by its rarity: the rarity of what was typed or, for a typo, of the words it may stand for.
     * A word the corpus has never seen, in any spelling and in either language, weighs more: it is what an off-topic
     * question is about.
     */
    private Word word(Lang lang, String typed, Set<List<String>> synonyms, String asOtherLanguage) {
        Set<String> alternatives = new LinkedHashSet<>();
        List<List<String>> phrases = new ArrayList<>();
        for (List<String> s : synonyms) {
            if (s.size() == 1) alternatives.add(s.getFirst());
            else phrases.add(s);
        }
        Map<String, Float> spellings = spellings(lang, alternatives);
        Map<String, Integer> df = docFreq.get(lang);
        int phraseDf = 0;
        for (List<String> p : phrases) phraseDf = Math.max(phraseDf, (int) termsByEntry.get(lang).stream().filter(t -> t.containsAll(p)).count());
        int exact = Math.max(phraseDf, alternatives.stream().mapToInt(a -> df.getOrDefault(a, 0)).max().orElse(0));
        int any = Math.max(exact, spellings.keySet().stream().mapToInt(a -> df.getOrDefault(a, 0)).max().orElse(0));
        if (any == 0 && asOtherLanguage != null) {
            // People mix languages ("удостоверение жетеді ме"): a word this reading does not know may be one the
            // entries' text in the other language holds.
            Lang other = lang.other();
            Map<String, Float> foreign = spellings(other, Set.of(asOtherLanguage));
            int foreignDf = foreign.keySet().stream().mapToInt(a -> docFreq.get(other).getOrDefault(a, 0)).max().orElse(0);
            if (foreignDf > 0) return new Word(typed, alternatives, phrases, spellings, foreign, idf(foreignDf));
        }
        double weight = idf(exact > 0 ? exact : any);
        return new Word(typed, alternatives, phrases, spellings, Map.of(), any == 0 ? UNKNOWN_WEIGHT * weight : weight);
    }

    /**
     * Whether a message is a greeting or thanks: one of small-talk.txt's phrases, each word as written there or, when it
     * is {@link #SMALL_TALK_TYPO} letters or longer, one typo away ("здраствуйте"). Shorter words are too close to other
     * words ("спасите" is one letter from "спасибо"). Only short messages are compared one by one with the phrases: a
     * question is never this short and this close to one.
     */
    private FaqResult.SmallTalk smallTalk(Lang lang, List<String> tokens) {
        Map<List<String>, FaqResult.SmallTalk> phrases = smallTalk.get(lang);
        FaqResult.SmallTalk exact = phrases.get(tokens);
        if (exact != null || tokens.isEmpty() || tokens.size() > SMALL_TALK_WORDS) return exact;
        for (var phrase : phrases.entrySet()) {
            if (phrase.getKey().size() == tokens.size() && typedAs(tokens, phrase.getKey())) return phrase.getValue();
        }
        return null;
    }

    private static boolean typedAs(List<String> typed, List<String> words) {
        for (int i = 0; i < typed.size(); i++) {
            String t = typed.get(i), w = words.get(i);
            int allowed = w.codePointCount(0, w.length()) >= SMALL_TALK_TYPO ? 1 : 0;
            if (!t.equals(w) && EditDistance.within(t, w, allowed) > allowed) return false;
        }
        return true;
    }

    /** For each token of one reading, the other reading's token of the same word (the first one it made of it). */
    private static Map<String, String> sameWords(List<AnalyzedText.Token> reading, List<AnalyzedText.Token> otherReading) {
        Map<Integer, String> otherAt = new HashMap<>();
        for (AnalyzedText.Token t : otherReading) otherAt.putIfAbsent(t.start(), t.term());
        Map<String, String> out = new HashMap<>();
        for (AnalyzedText.Token t : reading) {
            String other = otherAt.get(t.start());
            if (other != null) out.putIfAbsent(t.term(), other);
        }
        return out;
    }

    /**
     * One question word: the word and its synonyms scored as one term with the word's own rarity (so a rare
     * synonym does not outweigh what the user typed), plus corpus terms one or two typos away, weighted less.
     */
    private Query wordQuery(Lang lang, Word word) {
        List<Query> options = new ArrayList<>();
        for (String field : List.of(questionField(lang), answerField(lang))) {
            float boost = field.startsWith("q_") ? QUESTION_BOOST : ANSWER_BOOST;
            SynonymQuery.Builder same = new SynonymQuery.Builder(field);
            for (String a : word.alternatives()) same.addTerm(new Term(field, a), a.equals(word.typed()) ? 1f : SYNONYM_FACTOR);
            options.add(new BoostQuery(same.build(), boost));
            for (List<String> phrase : word.phrases()) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (String t : phrase) all.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.MUST);
                options.add(new BoostQuery(all.build(), boost * SYNONYM_FACTOR));
            }
            for (var term : word.spellings().entrySet()) {
                if (word.alternatives().contains(term.getKey())) continue;
                options.add(new BoostQuery(new TermQuery(new Term(field, term.getKey())), boost * term.getValue()));
            }
        }
        for (var term : word.foreign().entrySet()) {
            Lang other = lang.other();
            options.add(new BoostQuery(new TermQuery(new Term(questionField(other), term.getKey())), QUESTION_BOOST * term.getValue()));
            options.add(new BoostQuery(new TermQuery(new Term(answerField(other), term.getKey())), ANSWER_BOOST * term.getValue()));
        }
        return new DisjunctionMaxQuery(options, 0.1f);
    }

    private float[] scoresOf(Query wordQuery) {
        float[] scores = new float[entryOfDoc.length];
        Arrays.fill(scores, Float.NaN);
        try {
            for (ScoreDoc sd : searcher.search(wordQuery, scores.length).scoreDocs) scores[sd.doc] = sd.score;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    /** A vocabulary term, the {@link EditDistance#letters} it holds, and the same for how it sounds. */
    private record Spelled(String term, long letters, String heard, long heardLetters) {}

    /**
     * The corpus's terms a query word may stand for: its alternatives as they are (weight 1) and every corpus
     * term within the typos its length allows (a lower weight). The vocabulary is small, so a scan is cheaper
     * than building Levenshtein automata for each word; the letters each term holds rule most of it out before
     * any distance is computed (the scan was two thirds of answering a question).
     */
    private Map<String, Float> spellings(Lang lang, Set<String> alternatives) {
        return spellingsOfWord.get(new Spellings(lang, Set.copyOf(alternatives)), k -> Collections.unmodifiableMap(scan(lang, alternatives)));
    }

    private Map<String, Float> scan(Lang lang, Set<String> alternatives) {
        Map<String, Float> out = new HashMap<>();
        for (String a : alternatives) out.put(a, 1f);
        for (String a : alternatives) {
            int edits = EditDistance.allowedFor(a);
            String heard = lang == Lang.RU ? UnstressedVowels.reduce(a) : a;
            long letters = EditDistance.letters(a), heardLetters = EditDistance.letters(heard);
            boolean endings = lang == Lang.KK && !vocabulary.get(lang).contains(a);
            for (Spelled v : spelled.get(lang)) {
                String term = v.term();
                if (endings && term.length() >= 3 && a.length() > term.length() && a.startsWith(term)
                        && KazakhEndings.are(a.substring(term.length())) && !out.containsKey(term)) {
                    out.put(term, 1f);
                } else if (edits > 0
                        ? EditDistance.mayBeWithin(letters, v.letters(), edits) && EditDistance.within(a, term, edits) <= edits
                        : EditDistance.mayBeWithin(letters, v.letters(), 1) && EditDistance.missesOneLetter(a, term)) {
                    out.putIfAbsent(term, FUZZY_FACTOR);
                } else if (lang == Lang.RU && edits > 0 && EditDistance.mayBeWithin(heardLetters, v.heardLetters(), edits)
                        && EditDistance.within(heard, v.heard(), edits) <= edits) {
                    out.putIfAbsent(term, FUZZY_FACTOR);
                }
            }
        }
        return out;
    }

    /** How much of a question an entry covers: the summed weight of the question's words it holds, typos allowed. */
    private double covered(Lang lang, List<Word> words, int n) {
        Set<String> terms = termsByEntry.get(lang).get(n), otherTerms = termsByEntry.get(lang.other()).get(n);
        double covered = 0;
        for (Word w : words) {
            if (w.foundIn(terms, otherTerms)) covered += w.weight();
        }
        return covered;
    }

    private double idf(int docFreq) {
        return Math.log(1 + (double) entries.size() / (1 + docFreq));
    }

    private static String questionField(Lang lang) {
        return "q_" + lang.code();
    }

    private static String answerField(Lang lang) {
        return "a_" + lang.code();
    }
}
