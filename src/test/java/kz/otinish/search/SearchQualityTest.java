package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kz.otinish.knowledge.FaqEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search-quality suite (src/test/resources/search-quality/*.tsv): questions written as people type
 * them, each with the entry that answers it, and off-topic questions that must stay unanswered.
 *
 * <p>Two more sets were written later by people who saw neither the suite nor the search, only the entries and the
 * documents, in two batches (the second, {@code *-2.tsv}, written after the first had been tuned on); each batch's
 * questions were split between them entry by entry. The search and the entries' phrasings are
 * tuned on {@code search-dev/} (its misses are printed); {@code search-holdout/} is only counted, never printed,
 * so it keeps telling how the bot does on questions nobody tuned for. The accuracy floor applies to the suite,
 * the no-off-topic rule to the suite and the development set.
 */
class SearchQualityTest {
    record Case(String set, String file, String expected, String lang, String style, String question) {}

    /** The share of suite questions that must get the right answer: a regression guard, raised as the search improves. */
    static final double FLOOR = 0.98;
    /** The share of search-dev questions whose right entry is answered or among the topics offered. */
    static final double OFFERED_FLOOR = 0.975;
    static FaqSearch faq;
    static List<Case> cases;

    @BeforeAll
    static void load() throws IOException {
        faq = FaqCorpus.load(Path.of("knowledge-base")).current();
        cases = suite();
    }

    static List<Case> suite() throws IOException {
        List<Case> out = new ArrayList<>(read("search-quality"));
        out.addAll(read("search-dev"));
        out.addAll(read("search-holdout"));
        return out;
    }

    private static List<Case> read(String set) throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources", set))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    if (line.isBlank()) continue;
                    String[] c = line.split("\t", 4);
                    out.add(new Case(set, f.getFileName().toString(), c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip()));
                }
            }
        }
        return out;
    }

    @Test
    void everyExpectedEntryExists() {
        for (Case c : cases) {
            if (!c.expected().equals("-")) assertTrue(faq.entry(c.expected()).isPresent(), "unknown id in " + c);
        }
    }

    @Test
    void answersAtLeast95PercentOfQuestionsWithTheRightEntry() {
        int[] dev = accuracy("search-dev", true);
        int[] holdout = accuracy("search-holdout", false);
        int[] suite = accuracy("search-quality", true);
        assertTrue(dev[1] >= 150 && holdout[1] >= 150, "the development and held-out sets hold 150+ questions each");
        // The issue asks for 95 %; this floor guards what the search reaches today (see the closing note).
        assertTrue(suite[0] >= FLOOR * suite[1], String.format("top-1 accuracy %.1f%% < %.0f%%", 100.0 * suite[0] / suite[1], 100 * FLOOR));
        // What the topics offered reach on the set their rules were chosen on (486 of 496): a regression guard.
        assertTrue(dev[2] >= OFFERED_FLOOR * dev[1], String.format("search-dev answered or offered %d of %d", dev[2], dev[1]));
    }

    /**
     * Prints one set's top-1 accuracy, by language and input style, and every miss if asked; returns {right, total,
     * right answer answered or offered}.
     */
    private static int[] accuracy(String set, boolean printMisses) {
        Map<String, int[]> byGroup = new TreeMap<>();
        int right = 0, total = 0, rightOrOffered = 0, withTopics = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            if (!c.set().equals(set) || c.expected().equals("-")) continue;
            FaqResult r = faq.search(c.question());
            boolean ok = r.answer().map(FaqEntry::id).map(c.expected()::equals).orElse(false);
            total++;
            if (ok) right++;
            if (r.answered() && !r.suggestions().isEmpty()) withTopics++;
            // Topics are buttons: under an answer as "or perhaps", instead of one when the bot is not sure.
            if (ok || r.suggestions().stream().anyMatch(e -> e.id().equals(c.expected()))) rightOrOffered++;
            else misses.add(String.format("  MISS [%s/%s] %s → %s (conf %.2f; expected %s)", c.lang(), c.style(), c.question(),
                    r.answer().map(FaqEntry::id).orElse("unanswered, suggested " + r.suggestions().stream().map(FaqEntry::id).toList()),
                    r.confidence(), c.expected()));
            for (String g : List.of("file=" + c.file(), "lang=" + c.lang(), "style=" + c.style(), c.lang() + "/" + c.style())) {
                int[] n = byGroup.computeIfAbsent(g, k -> new int[2]);
                n[1]++;
                if (ok) n[0]++;
            }
        }
        System.out.printf("Search quality, %s: %d/%d = %.1f%% top-1; right answer answered or among the topics offered: %d = %.1f%%; answers with topics under them: %d%n",
                set, right, total, 100.0 * right / total, rightOrOffered, 100.0 * rightOrOffered / total, withTopics);
        byGroup.forEach((g, n) -> System.out.printf("  %-30s %3d/%3d = %5.1f%%%n", g, n[0], n[1], 100.0 * n[0] / n[1]));
        if (printMisses) misses.forEach(System.out::println);
        return new int[] {right, total, rightOrOffered};
    }

    @Test
    void leavesOffTopicQuestionsUnanswered() {
        List<String> answered = new ArrayList<>();
        int n = 0;
        int heldOut = 0;
        int offered = 0;
        for (Case c : cases) {
            if (!c.expected().equals("-")) continue;
            FaqResult r = faq.search(c.question());
            if (c.set().equals("search-holdout")) {
                if (r.answered()) heldOut++;
                continue;
            }
            n++;
            if (!r.answered() && !r.suggestions().isEmpty()) offered++;
            if (r.answered()) answered.add(String.format("  ANSWERED off-topic [%s/%s] %s → %s (conf %.2f)", c.set(), c.lang(), c.question(), r.answer().get().id(), r.confidence()));
        }
        System.out.printf("Off-topic: %d questions, %d answered, %d offered topics instead (held-out set: %d answered)%n",
                n, answered.size(), offered, heldOut);
        answered.forEach(System.out::println);
        assertTrue(n >= 25, "the suite needs off-topic questions");
        assertEquals(List.of(), answered);
    }
}
