package kz.otinish.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.otinish.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (surefire excludes *Benchmark); run it with
 * {@code mvn -B test -Dtest=FaqSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints the index build time and the in-process latency of answering every suite question, uncached.
 */
class FaqSearchBenchmark {
    private static final int BUILDS = 15, ROUNDS = 20, WARMUP_ROUNDS = 5;

    @Test
    void indexBuildAndAnswerLatency() throws Exception {
        Path kbDir = Path.of("knowledge-base");
        KnowledgeBase kb = KnowledgeBase.load(kbDir);
        long[] builds = new long[BUILDS];
        FaqSearch faq = null;
        for (int i = 0; i < BUILDS; i++) {
            long t0 = System.nanoTime();
            faq = FaqSearch.build(kb, SearchAnalyzers.kazakh(kbDir), SearchAnalyzers.russian(kbDir));
            builds[i] = System.nanoTime() - t0;
        }
        // -Dbench.numbered=true: each question with a ten-digit number after it, as the wrk script sends them
        boolean numbered = Boolean.getBoolean("bench.numbered");
        List<String> questions = SearchQualityTest.suite().stream().map(SearchQualityTest.Case::question)
                .map(q -> numbered ? q + " " + (1_000_000_000L + q.hashCode() % 1000) : q).toList();
        for (int r = 0; r < WARMUP_ROUNDS; r++) for (String q : questions) faq.searchUncached(q);
        List<Long> times = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            for (String q : questions) {
                long t0 = System.nanoTime();
                faq.searchUncached(q);
                times.add(System.nanoTime() - t0);
            }
        }
        // The same once more on a new index, JIT warm: no word of the questions is in the per-word caches yet.
        FaqSearch fresh = FaqSearch.build(kb, SearchAnalyzers.kazakh(kbDir), SearchAnalyzers.russian(kbDir));
        List<Long> firstTimes = new ArrayList<>();
        for (String q : questions) {
            long t0 = System.nanoTime();
            fresh.searchUncached(q);
            firstTimes.add(System.nanoTime() - t0);
        }
        long[] first = firstTimes.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
        Arrays.sort(builds);
        System.out.printf("FAQ benchmark: %d entries, %d questions x %d rounds%n", kb.entries().size(), questions.size(), ROUNDS);
        System.out.printf("  index build: median %.1f ms (first %d builds: min %.1f, max %.1f)%n",
                builds[BUILDS / 2] / 1e6, BUILDS, builds[0] / 1e6, builds[BUILDS - 1] / 1e6);
        System.out.printf("  answer latency: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                pct(t, 50) / 1e6, pct(t, 90) / 1e6, pct(t, 99) / 1e6, t[t.length - 1] / 1e6);
        System.out.printf("  first pass on a new index (words new to its caches): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms%n",
                pct(first, 50) / 1e6, pct(first, 90) / 1e6, pct(first, 99) / 1e6);
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
