package kz.otinish.search;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.otinish.Lang;
import kz.otinish.knowledge.FaqEntry;
import org.apache.lucene.analysis.Analyzer;

/**
 * Which entry a question is about, learned from the knowledge base's own words: every entry's question and
 * phrasings in both languages are examples of it, and everyday messages that are none of the entries
 * ({@code knowledge-base/off-topic.txt}) are examples of {@link #NONE}. Term matching misses a need said in other
 * words; a classifier over the same ~2,400 hand-written phrasings generalises from them.
 *
 * <p>Features, TF-IDF weighted (sublinear counts), each kind scaled to unit length: the character 2- to 5-grams of every word
 * of the text, lowercased, Latin read as Cyrillic and Kazakh letters folded (so "otinishti", "отиништи" and
 * "өтінішті" share most of them), and the words and word pairs each language's analyzer makes of it. The learner is
 * LIBLINEAR's linear SVM, one class against the rest; trained at start-up and on every reload, deterministically
 * (each class's solver draws from a generator of its own, seeded alike), with nothing to download or ship.
 */
public final class IntentModel {
    /** The label of "none of the entries". */
    public static final int NONE = -1;
    /** The SVM's C: measured outside the project at 0.5 on the suite; it trades margin for fitting the phrasings. */
    private static final double C = 0.5;
    private static final double EPSILON = 0.1;
    private static final int MIN_GRAM = 2, MAX_GRAM = 5;
    /** A feature's kind is its name's first letter: "c:" letter n-grams, "kk:" and "ru:" each language's words. */
    private static final String KINDS = "ckr";
    /**
     * A constant feature, so each class's line need not pass through the origin (LIBLINEAR leaves it out unless asked).
     * With it the model alone picked the right entry for 289 of search-dev's 319 questions instead of 277.
     */
    private static final double BIAS = 1;
    /** The seed of each class's solver (the order it visits the examples in). */
    private static final long SEED = 0;

    /** A label (an entry's index, or {@link #NONE}) and the SVM's decision value for it. */
    public record Scored(int label, double value) {}

    private final Map<Lang, Analyzer> analyzers;
    private final FeatureIndex index;
    /** Each feature's kind ({@link #KINDS}), by index. */
    private final byte[] kindOf;
    private final double[] idf;
    /**
     * The labels in the order of the weights' columns, and the weights: feature by feature, a column per label. Floats,
     * not LIBLINEAR's doubles: they are most of the bot's live heap (features × labels), and the decisions they make on
     * the 1,104 questions of the test sets came out the same.
     */
    private final int[] labels;
    private final float[] weights;

    /** Experiments: any texts and labels, any learner. */
    static IntentModel fit(Map<Lang, Analyzer> analyzers, List<String> texts, List<Integer> labels, Parameter parameter) {
        return new IntentModel(analyzers, texts, labels, parameter);
    }

    private IntentModel(Map<Lang, Analyzer> analyzers, List<String> texts, List<Integer> labels, Parameter parameter) {
        this.analyzers = analyzers;
        Map<Long, Integer> numbers = new HashMap<>();
        ByteArrayOutputStream kinds = new ByteArrayOutputStream();
        kinds.write(0); // the features are numbered from 1
        // Each text's counts as (feature number, count) pairs: a map a text held ~40 MB in all, more than the bot's
        // heap spares while it retrains beside a corpus in service.
        List<int[]> counted = new ArrayList<>(texts.size());
        Map<Integer, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            Map<Integer, Integer> counts = new HashMap<>();
            features(text, analysed(text), (fingerprint, kind) -> {
                int i = numbers.computeIfAbsent(fingerprint, f -> {
                    kinds.write(kind);
                    return numbers.size() + 1;
                });
                counts.merge(i, 1, Integer::sum);
            });
            int[] pairs = new int[2 * counts.size()];
            int k = 0;
            for (var e : counts.entrySet()) {
                documentFrequency.merge(e.getKey(), 1, Integer::sum);
                pairs[k++] = e.getKey();
                pairs[k++] = e.getValue();
            }
            counted.add(pairs);
        }
        long[] fingerprints = new long[numbers.size()];
        numbers.forEach((fingerprint, i) -> fingerprints[i - 1] = fingerprint);
        index = new FeatureIndex(fingerprints);
        kindOf = kinds.toByteArray();
        idf = new double[index.size() + 1];
        for (var e : documentFrequency.entrySet()) idf[e.getKey()] = Math.log((texts.size() + 1.0) / (e.getValue() + 1.0)) + 1;
        Problem problem = new Problem();
        problem.l = texts.size();
        problem.n = index.size() + 1;
        problem.bias = BIAS;
        problem.x = new Feature[texts.size()][];
        problem.y = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            problem.x[i] = vector(counted.get(i));
            problem.y[i] = labels.get(i);
        }
        counted.clear();
        this.labels = Arrays.stream(problem.y).mapToInt(y -> (int) y).distinct().toArray();
        this.weights = oneAgainstTheRest(problem, this.labels, parameter);
    }

    /**
     * One class against the rest, as LIBLINEAR trains several classes, but a class at a time: its own multi-class
     * training holds every class's weights as doubles, then hands out a copy (2 × 19 MB today), more than the bot's
     * small heap spares when an admin publishes and the model is retrained beside the corpus in service. The weights:
     * a row per feature, a column per label in {@code labels}' order. Each class's solver gets a generator of its own,
     * seeded alike: LIBLINEAR 2.x keeps it in the {@link Parameter} (its {@code Linear.resetRandom()} does nothing),
     * so with one generator for all a class's weights depended on the classes trained before it, and a second training
     * with the same parameter (an experiment's) came out another model.
     */
    private static float[] oneAgainstTheRest(Problem problem, int[] labels, Parameter parameter) {
        Problem binary = new Problem();
        binary.l = problem.l;
        binary.n = problem.n;
        binary.bias = problem.bias;
        binary.x = problem.x;
        binary.y = new double[problem.l];
        float[] weights = new float[problem.n * labels.length];
        Linear.disableDebugOutput();
        for (int c = 0; c < labels.length; c++) {
            for (int i = 0; i < problem.l; i++) binary.y[i] = problem.y[i] == labels[c] ? 1 : -1;
            parameter.setRandom(new Random(SEED));
            Model model = Linear.train(binary, parameter);
            // LIBLINEAR's one column is for the label it met first: +1 unless the first example is another class's.
            double sign = model.getLabels()[0] == 1 ? 1 : -1;
            double[] w = model.getFeatureWeights();
            for (int j = 0; j < problem.n; j++) weights[j * labels.length + c] = (float) (sign * w[j]);
        }
        return weights;
    }

    private IntentModel(Map<Lang, Analyzer> analyzers, FeatureIndex index, byte[] kindOf, double[] idf, int[] labels, float[] weights) {
        this.analyzers = analyzers;
        this.index = index;
        this.kindOf = kindOf;
        this.idf = idf;
        this.labels = labels;
        this.weights = weights;
    }

    /**
     * Writes the trained model ({@link ModelCache} keeps it between starts): its features in number order (fingerprint
     * and kind), their weights of rarity, the labels and the SVM's weights.
     */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(index.size());
        for (int i = 1; i <= index.size(); i++) {
            out.writeLong(index.fingerprint(i));
            out.writeByte(kindOf[i]);
        }
        for (double d : idf) out.writeDouble(d);
        out.writeInt(labels.length);
        for (int l : labels) out.writeInt(l);
        out.writeInt(weights.length);
        ByteBuffer bytes = ByteBuffer.allocate(weights.length * Float.BYTES);
        bytes.asFloatBuffer().put(weights);
        out.write(bytes.array());
    }

    /** Reads what {@link #write} wrote. */
    static IntentModel read(DataInputStream in, Map<Lang, Analyzer> analyzers) throws IOException {
        int features = in.readInt();
        long[] fingerprints = new long[features];
        byte[] kindOf = new byte[features + 1];
        for (int i = 1; i <= features; i++) {
            fingerprints[i - 1] = in.readLong();
            kindOf[i] = in.readByte();
        }
        double[] idf = new double[features + 1];
        for (int i = 0; i < idf.length; i++) idf[i] = in.readDouble();
        int[] labels = new int[in.readInt()];
        for (int i = 0; i < labels.length; i++) labels[i] = in.readInt();
        float[] weights = new float[in.readInt()];
        if (weights.length != (features + 1) * labels.length) throw new IOException("weights do not fit the features and labels");
        // Most of the file (~10 MB), read at once rather than a float at a time.
        byte[] bytes = new byte[weights.length * Float.BYTES];
        in.readFully(bytes);
        ByteBuffer.wrap(bytes).asFloatBuffer().get(weights);
        return new IntentModel(analyzers, new FeatureIndex(fingerprints), kindOf, idf, labels, weights);
    }

    /** Trains on the entries' questions and phrasings (both languages) and the off-topic lines ('#' lines aside). */
    public static IntentModel train(List<FaqEntry> entries, List<String> offTopic, Map<Lang, Analyzer> analyzers) {
        return train(entries, offTopic, analyzers, new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, C, EPSILON));
    }

    /** As {@link #train(List, List, Map)}, with the learner's {@code parameter} (tests: one parameter, two trainings). */
    static IntentModel train(List<FaqEntry> entries, List<String> offTopic, Map<Lang, Analyzer> analyzers, Parameter parameter) {
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (Lang lang : Lang.values()) {
                FaqEntry.Text t = entries.get(i).in(lang);
                texts.add(t.question());
                labels.add(i);
                for (String p : t.phrasings()) {
                    texts.add(p);
                    labels.add(i);
                }
            }
        }
        for (String line : offTopic) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            texts.add(l);
            labels.add(NONE);
        }
        return new IntentModel(analyzers, texts, labels, parameter);
    }

    /** Every label with its decision value, best first. */
    public List<Scored> rank(String text) {
        return rank(text, analysed(text));
    }

    /** As {@link #rank(String)}, with the tokens each language's analyzer made of the text (the search has them already). */
    List<Scored> rank(String text, Map<Lang, List<String>> tokens) {
        // LIBLINEAR's predictValues, on the weights alone (so a model read back needs no LIBLINEAR Model).
        int columns = labels.length;
        double[] values = new double[labels.length];
        for (Feature f : vector(known(text, tokens))) {
            int row = (f.getIndex() - 1) * columns;
            for (int k = 0; k < columns; k++) values[k] += weights[row + k] * f.getValue();
        }
        List<Scored> out = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) out.add(new Scored(labels[i], values[i]));
        out.sort(Comparator.comparingDouble(Scored::value).reversed());
        return out;
    }

    /**
     * The features of a text that the model knows, weighted, by ascending index, and the bias last. Each kind — letter
     * n-grams, Kazakh words, Russian words — is scaled to unit length on its own: together, the many n-grams would
     * drown the few words (search-dev: 295 of 319 right instead of 289).
     */
    private Feature[] vector(int[] pairs) {
        int n = pairs.length / 2;
        double[] weight = new double[n];
        double[] squares = new double[KINDS.length()];
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            int i = pairs[2 * k];
            double w = (1 + Math.log(pairs[2 * k + 1])) * idf[i];
            weight[k] = w;
            squares[kindOf[i]] += w * w;
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingInt(k -> pairs[2 * k]));
        Feature[] out = new Feature[n + 1];
        for (int k = 0; k < n; k++) {
            int at = order[k];
            out[k] = new FeatureNode(pairs[2 * at], weight[at] / Math.sqrt(squares[kindOf[pairs[2 * at]]]));
        }
        out[n] = new FeatureNode(index.size() + 1, BIAS);
        return out;
    }

    /** The (feature number, count) pairs of the text's features that the model knows, by ascending number. */
    private int[] known(String text, Map<Lang, List<String>> tokens) {
        final class Found implements FeatureSink {
            int[] numbers = new int[256];
            int size;

            @Override
            public void accept(long fingerprint, int kind) {
                int i = index.number(fingerprint);
                if (i == 0) return;
                if (size == numbers.length) numbers = Arrays.copyOf(numbers, 2 * size);
                numbers[size++] = i;
            }
        }
        Found found = new Found();
        features(text, tokens, found);
        Arrays.sort(found.numbers, 0, found.size);
        int[] pairs = new int[2 * found.size];
        int k = 0;
        for (int j = 0; j < found.size; j++) {
            if (k > 0 && pairs[k - 2] == found.numbers[j]) {
                pairs[k - 1]++;
            } else {
                pairs[k++] = found.numbers[j];
                pairs[k++] = 1;
            }
        }
        return Arrays.copyOf(pairs, k);
    }

    private Map<Lang, List<String>> analysed(String text) {
        Map<Lang, List<String>> tokens = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) tokens.put(lang, AnalyzedText.tokens(analyzers.get(lang), text));
        return tokens;
    }

    /** What {@link #features} hands each feature of a text to: its name's fingerprint and its kind's place in {@link #KINDS}. */
    private interface FeatureSink {
        void accept(long fingerprint, int kind);
    }

    /**
     * Each feature of a text, once per occurrence: "c:" and each letter n-gram of every word, its ends marked ("c:<ал",
     * "c:ала>"), then per language "kk:"/"ru:" and each word and pair of neighbouring words ("ru:ответ_акимат").
     */
    private static void features(String text, Map<Lang, List<String>> analysed, FeatureSink sink) {
        long letters = FeatureIndex.add(FeatureIndex.start(), "c:");
        int letterKind = KINDS.indexOf('c');
        for (String word : plain(text).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) continue;
            char[] w = ("<" + word + ">").toCharArray();
            for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
                for (int i = 0; i + n <= w.length; i++) sink.accept(FeatureIndex.add(letters, w, i, i + n), letterKind);
            }
        }
        for (Lang lang : Lang.values()) {
            List<String> tokens = analysed.get(lang);
            long prefix = FeatureIndex.add(FeatureIndex.start(), lang.code() + ":");
            int kind = KINDS.indexOf(lang.code().charAt(0));
            for (int i = 0; i < tokens.size(); i++) {
                sink.accept(FeatureIndex.add(prefix, tokens.get(i)), kind);
                if (i > 0) sink.accept(FeatureIndex.add(FeatureIndex.add(FeatureIndex.add(prefix, tokens.get(i - 1)), '_'), tokens.get(i)), kind);
            }
        }
    }

    /** Lowercased, NFC, Latin words read as Kazakh Cyrillic, Kazakh letters folded. */
    private static String plain(String text) {
        return KazakhLetters.fold(LatinScript.toCyrillicKazakh(Normalizer.normalize(text, Normalizer.Form.NFC)));
    }
}
