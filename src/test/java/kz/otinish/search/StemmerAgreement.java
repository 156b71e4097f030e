package kz.otinish.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How well "same stem" agrees with "same lemma" over a set of word forms, counted over pairs of forms: precision is
 * the share of same-stem pairs that share a lemma, recall the share of same-lemma pairs that share a stem.
 */
record StemmerAgreement(long sameStem, long sameLemma, long both) {
    /** A distinct word form and its lemma. */
    record Form(String form, String lemma) {}

    /** Pairs are counted per group, n·(n−1)/2, never one by one. */
    static StemmerAgreement of(List<Form> forms, UnaryOperator<String> stemmer) {
        Map<String, Long> byStem = new HashMap<>();
        Map<String, Long> byLemma = new HashMap<>();
        Map<List<String>, Long> byBoth = new HashMap<>();
        for (Form f : forms) {
            String stem = stemmer.apply(f.form());
            byStem.merge(stem, 1L, Long::sum);
            byLemma.merge(f.lemma(), 1L, Long::sum);
            byBoth.merge(List.of(stem, f.lemma()), 1L, Long::sum);
        }
        return new StemmerAgreement(pairs(byStem), pairs(byLemma), pairs(byBoth));
    }

    private static long pairs(Map<?, Long> groups) {
        return groups.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    double precision() {
        return sameStem == 0 ? 0 : (double) both / sameStem;
    }

    double recall() {
        return sameLemma == 0 ? 0 : (double) both / sameLemma;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("precision %.3f  recall %.3f  F1 %.3f", precision(), recall(), f1());
    }
}
