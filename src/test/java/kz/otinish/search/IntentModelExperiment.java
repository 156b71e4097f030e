package kz.otinish.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import kz.otinish.knowledge.FaqEntry;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite: {@code mvn -q test -Dtest=IntentModelExperiment -Dsurefire.failIfNoSpecifiedTests=false}
 * sets the fusion's four constants ({@link FaqSearch#fused}) by a grid on search-dev and the suite: right answers less
 * ten times the off-topic questions answered. It prints the best settings and today's; the held-out set is only
 * counted, for the settings chosen.
 */
class IntentModelExperiment {
    /** What the search and the model made of one question. */
    record Row(String set, String expected, boolean gated, String lexical, double coverage, String top, double v1, double v2, double vLexical) {}

    record Settings(double sure, double margin, double overrules, double known) {}

    @Test
    void print() throws Exception {
        List<Row> rows = rows(FaqCorpus.load(Path.of("knowledge-base")).current());
        List<Settings> grid = new ArrayList<>();
        for (double sure : new double[] {-1.0, -0.8, -0.6, -0.4, -0.2, 0})
            for (double margin : new double[] {0, 0.1, 0.2, 0.3})
                for (double overrules : new double[] {0.3, 0.5, 0.8, 1.2})
                    for (double known : new double[] {0, 0.1, 0.2}) grid.add(new Settings(sure, margin, overrules, known));
        // Best score first; among equals, the strictest (a higher bar for the model alone keeps more off-topic out).
        grid.sort(Comparator.comparingInt((Settings s) -> -score(rows, s)).thenComparing(Settings::sure, Comparator.reverseOrder())
                .thenComparing(Settings::known, Comparator.reverseOrder()).thenComparing(Settings::margin, Comparator.reverseOrder())
                .thenComparing(Settings::overrules));
        Settings today = new Settings(FaqSearch.MODEL_SURE, 0, FaqSearch.MODEL_OVERRULES, FaqSearch.MODEL_KNOWN);
        for (Settings s : grid.subList(0, 8)) System.out.println(line(rows, s, false));
        System.out.println("today: " + line(rows, today, true));
        System.out.println("best:  " + line(rows, grid.getFirst(), true));
    }

    /** Every set question, as the term search alone and the model alone see it ({@code vLexical} NaN without a search answer). */
    static List<Row> rows(FaqSearch faq) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (SearchQualityTest.Case c : SearchQualityTest.suite()) {
            FaqResult lex = faq.lexicalOnly(c.question());
            List<IntentModel.Scored> m = faq.intents().rank(c.question());
            String top = m.getFirst().label() == IntentModel.NONE ? null : faq.entries().get(m.getFirst().label()).id();
            String lexId = lex.answer().map(FaqEntry::id).orElse(null);
            double vLex = lexId == null ? Double.NaN
                    : m.stream().filter(s -> s.label() >= 0 && faq.entries().get(s.label()).id().equals(lexId)).findFirst().orElseThrow().value();
            boolean gated = lex.reason() == FaqResult.Reason.SMALL_TALK || lex.reason() == FaqResult.Reason.OUT_OF_SCOPE;
            rows.add(new Row(c.set(), c.expected(), gated, lexId, lex.confidence(), top, m.get(0).value(), m.get(1).value(), vLex));
        }
        return rows;
    }

    private static int score(List<Row> rows, Settings s) {
        int[] dev = count(rows, "search-dev", s), suite = count(rows, "search-quality", s);
        return dev[0] + suite[0] - 10 * (dev[2] + suite[2]);
    }

    private static String line(List<Row> rows, Settings s, boolean heldOut) {
        StringBuilder out = new StringBuilder(s.toString());
        for (String set : heldOut ? List.of("search-dev", "search-quality", "search-holdout") : List.of("search-dev", "search-quality")) {
            int[] n = count(rows, set, s);
            out.append(String.format(" | %s %d/%d, off-topic %d/%d", set.replace("search-", ""), n[0], n[1], n[2], n[3]));
        }
        return out.toString();
    }

    private static int[] count(List<Row> rows, String set, Settings s) {
        return count(rows, set, r -> fuse(r, s));
    }

    /** {right, on-topic questions, off-topic answered, off-topic questions} when {@code decision} answers (null: none). */
    static int[] count(List<Row> rows, String set, Function<Row, String> decision) {
        int[] n = new int[4];
        for (Row r : rows) {
            if (!r.set().equals(set)) continue;
            String answer = decision.apply(r);
            if (r.expected().equals("-")) {
                n[3]++;
                if (answer != null) n[2]++;
            } else {
                n[1]++;
                if (r.expected().equals(answer)) n[0]++;
            }
        }
        return n;
    }

    /** {@link FaqSearch#fused}'s decision, on one row. */
    static String fuse(Row r, Settings s) {
        if (r.gated()) return null;
        boolean modelSure = r.top() != null && r.v1() >= s.sure() && r.v1() - r.v2() >= s.margin() && r.coverage() >= s.known();
        if (r.lexical() != null) {
            if (r.lexical().equals(r.top())) return r.lexical();
            boolean overruled = r.v1() - r.vLexical() > s.overrules();
            if (overruled && modelSure) return r.top();
            return !overruled || r.top() != null ? r.lexical() : null;
        }
        return modelSure ? r.top() : null;
    }
}
