package kz.otinish.channel;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** How the fake messenger servers let a test wait for what the bot sent: on their monitor, never blindly. */
public final class Waiting {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Waiting() {}

    /**
     * Waits on {@code monitor} (which the caller holds, and which is notified on every change) until
     * {@code done} holds for what {@code seen} returns; fails after 20 s, showing what was seen.
     */
    public static <T> List<T> until(Object monitor, Supplier<List<T>> seen, Predicate<List<T>> done) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!done.test(seen.get())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("timed out; the bot sent " + seen.get());
            monitor.wait(Math.max(1, left / 1_000_000));
        }
        return seen.get();
    }
}
