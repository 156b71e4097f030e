package kz.otinish.knowledge;

import java.time.Duration;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the version in service for one bot instance: it listens on {@link KnowledgeVersions#CHANNEL} with a
 * connection of its own, and looks at {@code kb_published} every {@link #CHECK} as well, in case a notification was
 * missed while the database was away. A new version is handed to {@code onChange} (its id) on this thread.
 */
public final class PublishedVersion implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PublishedVersion.class);
    private static final Duration CHECK = Duration.ofSeconds(30);
    /** How often the listening thread wakes to see whether it was closed. */
    private static final int WAKE_MILLIS = 250;

    private final Jdbi jdbi;
    private final KnowledgeVersions versions;
    private final LongConsumer onChange;
    private final Thread thread;
    private volatile boolean closed;
    private long seen;

    private PublishedVersion(Jdbi jdbi, KnowledgeVersions versions, long current, LongConsumer onChange) {
        this.jdbi = jdbi;
        this.versions = versions;
        this.seen = current;
        this.onChange = onChange;
        this.thread = Thread.ofPlatform().daemon().name("knowledge-base-follow").unstarted(this::run);
    }

    public static PublishedVersion follow(Jdbi jdbi, KnowledgeVersions versions, long current, LongConsumer onChange) {
        PublishedVersion follower = new PublishedVersion(jdbi, versions, current, onChange);
        follower.thread.start();
        return follower;
    }

    private void run() {
        while (!closed) {
            try (Handle h = jdbi.open()) {
                PGConnection pg = h.getConnection().unwrap(PGConnection.class);
                h.execute("listen " + KnowledgeVersions.CHANNEL);
                long lastLook = 0;
                while (!closed) {
                    boolean notified = pg.getNotifications(WAKE_MILLIS).length > 0;
                    if (notified || System.nanoTime() - lastLook > CHECK.toNanos() || lastLook == 0) {
                        lastLook = System.nanoTime();
                        look();
                    }
                }
            } catch (Exception e) {
                if (closed) return;
                log.warn("Following the published knowledge base failed ({}); trying again", e.getClass().getSimpleName());
                pause();
            }
        }
    }

    private void look() {
        long now = versions.published().orElse(seen);
        if (now == seen) return;
        seen = now;
        try {
            onChange.accept(now);
        } catch (RuntimeException | Error e) {
            // An Error too (a reload that ran out of memory once): past this loop the thread would end, and this
            // instance would serve the old version through every later publish, silently.
            log.error("Switching to knowledge base version {} failed: {}", now, e.getClass().getName());
        }
    }

    private void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(WAKE_MILLIS * 3L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
