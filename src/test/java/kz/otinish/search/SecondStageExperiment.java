package kz.otinish.search;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.nio.file.Path;
import java.util.List;
import kz.otinish.search.IntentModelExperiment.Row;
import org.junit.jupiter.api.Test;

/**
 * A learned second stage instead of the fusion's hand-set rules: logistic regression on the search's and the model's
 * signals says how likely each of the two candidates (the search's answer, the model's best) is right; the likelier one
 * is answered when its probability clears a bar. Trained and its bar chosen on search-dev and the suite (right answers
 * less ten times the off-topic ones answered); the held-out set only counted. Not part of the suite:
 * {@code mvn -B -q test -Dtest=SecondStageExperiment -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Measured 2026-12-06 against the rules ({@link FaqSearch#fused}: dev 302, suite 312, held-out 276 right and 3 of its 55
 * off-topic questions answered): at C = 1 dev 304, suite 312 (both in-sample), held-out 278 right but 6 off-topic
 * answered. Off-topic questions of dev and the suite are left unanswered at any bar, so they cannot teach the bar where
 * the held-out ones are; not adopted.
 */
class SecondStageExperiment {

    @Test
    void print() throws Exception {
        List<Row> rows = IntentModelExperiment.rows(FaqCorpus.load(Path.of("knowledge-base")).current());
        List<Row> train = rows.stream().filter(r -> !r.set().equals("search-holdout") && !r.gated()).toList();
        for (double c : new double[] {0.1, 1, 10}) {
            Model lexModel = fit(train, true, c), topModel = fit(train, false, c);
            double bestBar = 0;
            int bestScore = Integer.MIN_VALUE;
            for (double bar = 0.05; bar < 0.96; bar += 0.05) {
                int[] dev = count(rows, "search-dev", lexModel, topModel, bar), suite = count(rows, "search-quality", lexModel, topModel, bar);
                int score = dev[0] + suite[0] - 10 * (dev[2] + suite[2]);
                if (score > bestScore) { bestScore = score; bestBar = bar; }
            }
            StringBuilder line = new StringBuilder(String.format("C %.1f bar %.2f", c, bestBar));
            for (String set : List.of("search-dev", "search-quality", "search-holdout")) {
                int[] n = count(rows, set, lexModel, topModel, bestBar);
                line.append(String.format(" | %s %d/%d, off-topic %d/%d", set.replace("search-", ""), n[0], n[1], n[2], n[3]));
            }
            System.out.println(line);
        }
    }

    private static Feature[] features(Row r, boolean lexicalCandidate) {
        String candidate = lexicalCandidate ? r.lexical() : r.top();
        boolean agree = r.lexical() != null && r.lexical().equals(r.top());
        double vLexical = Double.isNaN(r.vLexical()) ? -3 : r.vLexical();
        double[] f = {
            r.coverage(), r.lexical() != null ? 1 : 0, agree ? 1 : 0, r.v1(), r.v1() - r.v2(), r.top() == null ? 1 : 0,
            lexicalCandidate ? vLexical : r.v1(), lexicalCandidate ? r.v1() - vLexical : 0, candidate == null ? 1 : 0, 1
        };
        Feature[] out = new Feature[f.length];
        for (int i = 0; i < f.length; i++) out[i] = new FeatureNode(i + 1, f[i]);
        return out;
    }

    private static Model fit(List<Row> rows, boolean lexicalCandidate, double c) {
        List<Row> usable = rows.stream().filter(r -> (lexicalCandidate ? r.lexical() : r.top()) != null).toList();
        Problem p = new Problem();
        p.l = usable.size();
        p.n = 10;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            Row r = usable.get(i);
            p.x[i] = features(r, lexicalCandidate);
            p.y[i] = r.expected().equals(lexicalCandidate ? r.lexical() : r.top()) ? 1 : 0;
        }
        Linear.disableDebugOutput();
        return Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001));
    }

    private static double probability(Model m, Feature[] x) {
        double[] p = new double[2];
        Linear.predictProbability(m, x, p);
        return m.getLabels()[0] == 1 ? p[0] : p[1];
    }

    private static String decide(Row r, Model lexModel, Model topModel, double bar) {
        if (r.gated()) return null;
        double pl = r.lexical() == null ? 0 : probability(lexModel, features(r, true));
        double pt = r.top() == null ? 0 : probability(topModel, features(r, false));
        if (Math.max(pl, pt) < bar) return null;
        return pl >= pt ? r.lexical() : r.top();
    }

    private static int[] count(List<Row> rows, String set, Model lexModel, Model topModel, double bar) {
        return IntentModelExperiment.count(rows, set, r -> decide(r, lexModel, topModel, bar));
    }
}
