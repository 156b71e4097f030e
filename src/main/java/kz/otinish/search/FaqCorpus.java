package kz.otinish.search;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
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
    private static final long SETTLE_MILLIS = 300;
    private final Path knowledgeBase;
    private final AtomicReference<FaqSearch> current = new AtomicReference<>();

    private FaqCorpus(Path knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** Loads the corpus; fails with every problem listed when the very first load is not valid. */
    public static FaqCorpus load(Path knowledgeBase) {
        FaqCorpus corpus = new FaqCorpus(knowledgeBase);
        List<Problem> problems = corpus.reload();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the knowledge base has problems:\n" + String.join("\n",
                    problems.stream().map(Problem::toString).toList()));
        }
        return corpus;
    }

    /** Rebuilds from disk; returns the problems found (then nothing changed). */
    public List<Problem> reload() {
        KnowledgeBase kb = KnowledgeBase.load(knowledgeBase);
        if (!kb.isValid()) {
            log.warn("Knowledge base not reloaded: {} problem(s), the previous corpus stays in service", kb.problems().size());
            return kb.problems();
        }
        long t0 = System.nanoTime();
        FaqSearch next = FaqSearch.build(kb, SearchAnalyzers.kazakh(knowledgeBase), SearchAnalyzers.russian(knowledgeBase));
        current.set(next);
        log.info("FAQ index built: {} entries in {} ms", kb.entries().size(), (System.nanoTime() - t0) / 1_000_000);
        return List.of();
    }

    public FaqSearch current() {
        return current.get();
    }

    /**
     * Reloads whenever a file of the knowledge base (or its faq/ folder) changes on disk, so an admin's edit
     * is in service a moment after it is saved. Nothing to watch when the knowledge base is packed in the jar.
     */
    public AutoCloseable watch() throws IOException {
        if (knowledgeBase.getFileSystem() != FileSystems.getDefault()) return () -> {};
        WatchService watcher = FileSystems.getDefault().newWatchService();
        for (Path dir : List.of(knowledgeBase, knowledgeBase.resolve("faq"))) {
            if (Files.isDirectory(dir)) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        Thread thread = Thread.ofPlatform().daemon().name("knowledge-base-watch").start(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    // An editor saves in several steps: wait for the writes to settle, then reload once.
                    Thread.sleep(SETTLE_MILLIS);
                    while (key != null) {
                        key.pollEvents();
                        key.reset();
                        key = watcher.poll();
                    }
                    List<Problem> problems = reload();
                    problems.forEach(p -> log.warn("{}", p));
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // closed: stop watching
            }
        });
        return () -> {
            thread.interrupt();
            watcher.close();
        };
    }
}
