package kz.otinish.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows the bot keeps only for a while (untouched drafts, the record of handled deliveries): each
 * {@link Rule} is applied once at start-up, then daily, on one daemon thread.
 */
public final class Retention implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private final ScheduledExecutorService timer;

    /**
     * One kind of row: {@code what} names it in the log (never personal data), {@code keep} is how long it
     * stays, {@code deleteBefore} deletes the rows older than the cutoff and says how many.
     */
    public record Rule(String what, Duration keep, BiFunction<Handle, Instant, Integer> deleteBefore) {}

    private Retention(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static Retention daily(Jdbi jdbi, List<Rule> rules) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> rules.forEach(rule -> purge(jdbi, rule)), 0, 1, TimeUnit.DAYS);
        return new Retention(timer);
    }

    /** The rows deleted; a failure is logged (without data) and retried the next day. */
    public static int purge(Jdbi jdbi, Rule rule) {
        try {
            int n = jdbi.inTransaction(h -> rule.deleteBefore().apply(h, Instant.now().minus(rule.keep())));
            if (n > 0) log.info("Purged {} {} older than {} days", n, rule.what(), rule.keep().toDays());
            return n;
        } catch (RuntimeException e) {
            log.warn("Purging {} failed: {}", rule.what(), e.getClass().getName());
            return 0;
        }
    }

    /** A whole number of days from {@code variable} (1–9999), or {@code fallback}. */
    public static Duration days(Map<String, String> env, String variable, Duration fallback) {
        String days = env.getOrDefault(variable, "").strip();
        return days.matches("\\d{1,4}") && Integer.parseInt(days) > 0 ? Duration.ofDays(Integer.parseInt(days)) : fallback;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
