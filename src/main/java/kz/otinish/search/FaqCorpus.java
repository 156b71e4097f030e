package kz.otinish.search;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import kz.otinish.knowledge.KnowledgeBase;
import kz.otinish.knowledge.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FAQ in service. Reloading builds a new index beside the old one and swaps it in atomically;
 * a knowledge base with problems is refused and the previous one stays in service.
 */
public final class FaqCorpus {
    private static final Logger log = LoggerFactory.getLogger(FaqCorpus.class);
    private volatile Path knowledgeBase;
    private final AtomicReference<FaqSearch> current = new AtomicReference<>();
    /** Where trained intent models and built indexes are kept between starts; null: made every time. */
    private final ModelCache models;

    private FaqCorpus(Path knowledgeBase, ModelCache models) {
        this.knowledgeBase = knowledgeBase;
        this.models = models;
    }

    /** Loads the corpus; fails with every problem listed when the very first load is not valid. */
    public static FaqCorpus load(Path knowledgeBase) {
        return load(knowledgeBase, null);
    }

    /** As {@link #load(Path)}, keeping the trained model in {@code models} (may be null) for the next start. */
    public static FaqCorpus load(Path knowledgeBase, ModelCache models) {
        FaqCorpus corpus = new FaqCorpus(knowledgeBase, models);
        List<Problem> problems = corpus.reload();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the knowledge base has problems:\n" + String.join("\n",
                    problems.stream().map(Problem::toString).toList()));
        }
        return corpus;
    }

    /** Rebuilds from {@code dir} (a newly published version); returns the problems found (then nothing changed). */
    public List<Problem> reload(Path dir) {
        KnowledgeBase kb = KnowledgeBase.load(dir);
        if (!kb.isValid()) {
            log.warn("Knowledge base not reloaded: {} problem(s), the previous corpus stays in service", kb.problems().size());
            return kb.problems();
        }
        long t0 = System.nanoTime();
        FaqSearch next = FaqSearch.build(kb, SearchAnalyzers.kazakh(dir), SearchAnalyzers.russian(dir),
                models == null ? null : models.of(dir));
        current.set(next);
        knowledgeBase = dir;
        log.info("FAQ index built: {} entries in {} ms", kb.entries().size(), (System.nanoTime() - t0) / 1_000_000);
        return List.of();
    }

    /** Rebuilds from its folder; returns the problems found (then nothing changed). */
    public List<Problem> reload() {
        return reload(knowledgeBase);
    }

    public FaqSearch current() {
        return current.get();
    }
}
