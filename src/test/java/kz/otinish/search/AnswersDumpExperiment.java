package kz.otinish.search;

import java.io.PrintWriter;
import java.nio.file.Path;
import kz.otinish.knowledge.FaqEntry;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite: for a change that must not change any answer (a faster scan, a refactor), run
 * {@code mvn -q test -Dtest=AnswersDumpExperiment -Dsurefire.failIfNoSpecifiedTests=false -Ddump.to=FILE} (default
 * target/answers.txt) before and
 * after it and diff the two files: every question of every set (and a few typos) with its answer, topics, reason and
 * scores. Writes nothing to read: held-out answers are in the file, not on screen. Each line starts with its set:
 * a diff that is to be read leaves the held-out lines out ({@code grep -v '^search-holdout'}).
 */
class AnswersDumpExperiment {
    @Test
    void dump() throws Exception {
        FaqSearch faq = FaqCorpus.load(Path.of("knowledge-base")).current();
        try (PrintWriter out = new PrintWriter(System.getProperty("dump.to", "target/answers.txt"), "UTF-8")) {
            for (SearchQualityTest.Case c : SearchQualityTest.suite()) {
                FaqResult r = faq.searchUncached(c.question());
                out.println(c.set() + " " + r.answer().map(FaqEntry::id).orElse("-") + " " + r.suggestions().stream().map(FaqEntry::id).toList() + " " + r.reason() + String.format(" %.4f %.4f %.4f", r.score(), r.confidence(), r.modelScore()));
            }
            for (String extra : new String[] {"отиниш", "обращене", "жалобу подат", "мертебе", "кабылдау", "zhaloba", "otvet", "статус обрашения", "регистрацыя"}) {
                FaqResult r = faq.searchUncached(extra);
                out.println(r.answer().map(FaqEntry::id).orElse("-") + " " + r.suggestions().stream().map(FaqEntry::id).toList() + " " + r.reason() + String.format(" %.4f %.4f", r.score(), r.confidence()));
            }
        }
    }
}
