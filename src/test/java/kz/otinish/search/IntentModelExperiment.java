package kz.otinish.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.otinish.knowledge.FaqEntry;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite: {@code mvn -q test -Dtest=IntentModelExperiment -Dsurefire.failIfNoSpecifiedTests=false}
 * prints the model's figures and a grid of fusion thresholds on search-dev and the suite (held-out: counts only).
 */
class IntentModelExperiment {
    record Row(String set, String question, String expected, String lexical, double coverage, String m1, double v1, double v2, double vLex, boolean gated, double lexCoverage) {}

    @Test
    void print() throws Exception {
        long t0 = System.nanoTime();
        FaqSearch faq = FaqCorpus.load(Path.of("knowledge-base")).current();
        System.out.printf("build %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        List<Row> rows = new ArrayList<>();
        for (SearchQualityTest.Case c : SearchQualityTest.suite()) {
            FaqResult lex = faq.searchUncached(c.question());
            List<IntentModel.Scored> r = faq.intents().rank(c.question());
            String m1 = r.getFirst().label() == IntentModel.NONE ? "-" : faq.entries().get(r.getFirst().label()).id();
            String lexId = lex.answer().map(FaqEntry::id).orElse(null);
            double vLex = lexId == null ? Double.NaN : r.stream().filter(s -> s.label() >= 0 && faq.entries().get(s.label()).id().equals(lexId)).findFirst().orElseThrow().value();
            boolean gated = lex.smallTalk() != FaqResult.SmallTalk.NONE || (lexId == null && lex.suggestions().isEmpty() && lex.confidence() > 0 && lex.score() > 0);
            rows.add(new Row(c.set(), c.question(), c.expected(), lexId, lex.confidence(), m1, r.get(0).value(), r.get(1).value(), vLex, gated, lex.confidence()));
        }
        for (double tau : new double[] {-1.0}) {
            for (double delta : new double[] {0.5}) {
                for (double margin : new double[] {0.1}) for (double minCov : new double[] {0, 0.01, 0.1, 0.2}) {
                    StringBuilder line = new StringBuilder(String.format("tau %5.2f delta %4.2f margin %3.1f cov %4.2f |", tau, delta, margin, minCov));
                    for (String set : List.of("search-dev", "search-quality")) {
                        int right = 0, n = 0, off = 0, offAnswered = 0;
                        for (Row row : rows) {
                            if (!row.set().equals(set)) continue;
                            String answer = fuse(row, tau, delta, margin, minCov);
                            if (row.expected().equals("-")) {
                                off++;
                                if (answer != null) offAnswered++;
                            } else {
                                n++;
                                if (row.expected().equals(answer)) right++;
                            }
                        }
                        line.append(String.format(" %s %d/%d off %d/%d |", set.replace("search-", ""), right, n, offAnswered, off));
                    }
                    System.out.println(line);
                    if (tau == -0.6 && delta == 0.25) {
                        for (Row row : rows) {
                            if (row.set().equals("search-dev") && row.expected().equals("-") && fuse(row, tau, delta, margin, 0) != null) System.out.println("   off answered: " + row);
                        }
                    }
                }
            }
        }
    }

    /** The answer a fusion rule gives: the model's entry when sure enough, the lexical one otherwise. */
    static String fuse(Row r, double tau, double delta, double margin, double minCov) {
        if (r.gated()) return null;
        boolean modelSure = !r.m1().equals("-") && r.v1() >= tau && r.v1() - r.v2() >= margin && r.lexCoverage() >= minCov;
        if (r.lexical() != null) {
            if (r.lexical().equals(r.m1())) return r.lexical();
            if (modelSure && r.v1() - r.vLex() > delta) return r.m1();
            return r.m1().equals("-") && r.v1() - r.vLex() > delta ? null : r.lexical();
        }
        return modelSure ? r.m1() : null;
    }
}
