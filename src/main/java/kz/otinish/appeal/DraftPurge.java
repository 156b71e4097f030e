package kz.otinish.appeal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes appeal drafts nobody touched for {@code keep} (30 days unless {@code OTINISH_DRAFT_DAYS}
 * says otherwise): once at start-up, then daily, on a daemon thread.
 */
public final class DraftPurge implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DraftPurge.class);
    private final ScheduledExecutorService timer;

    private DraftPurge(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static DraftPurge daily(Jdbi jdbi, Duration keep) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "draft-purge");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> purge(jdbi, keep), 0, 1, TimeUnit.DAYS);
        return new DraftPurge(timer);
    }

    /** The drafts deleted; a failure is logged (without data) and retried the next day. */
    public static int purge(Jdbi jdbi, Duration keep) {
        try {
            int n = jdbi.inTransaction(h -> Drafts.purgeUntouchedSince(h, Instant.now().minus(keep)));
            if (n > 0) log.info("Purged {} appeal drafts untouched for {} days", n, keep.toDays());
            return n;
        } catch (RuntimeException e) {
            log.warn("Draft purge failed: {}", e.getClass().getName());
            return 0;
        }
    }

    /** {@code OTINISH_DRAFT_DAYS}, or 30. */
    public static Duration keepFrom(Map<String, String> env) {
        String days = env.getOrDefault("OTINISH_DRAFT_DAYS", "");
        return days.matches("\\d{1,4}") && Integer.parseInt(days) > 0 ? Duration.ofDays(Integer.parseInt(days)) : Drafts.DEFAULT_KEEP;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
