package kz.otinish.channel;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One queue per chat: a chat's work runs in the order it arrived, one piece at a time, while different
 * chats run in parallel on virtual threads, so one slow chat never holds up the others.
 */
final class ChatLanes implements AutoCloseable {
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /** Runs {@code work} after everything queued before it for {@code chatId}. */
    CompletableFuture<Void> submit(String chatId, Runnable work) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> previous = tails.put(chatId, mine);
        Runnable run = () -> {
            try {
                work.run();
                mine.complete(null);
            } catch (Throwable t) {
                mine.completeExceptionally(t);
            } finally {
                tails.remove(chatId, mine);
            }
        };
        if (previous == null) {
            threads.execute(run);
        } else {
            previous.handle((ok, err) -> null).thenRunAsync(run, threads);
        }
        return mine;
    }

    /**
     * Waits up to 30 s for the work queued so far, and for the work it queues in turn (the caller has
     * stopped adding its own), then stops. Work cut short is not lost: the caller never confirmed it.
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!tails.isEmpty()) {
            try {
                CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new))
                        .handle((ok, err) -> null)
                        .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e); // cannot happen: handle() swallowed the failures
            }
        }
        threads.shutdownNow();
        threads.close();
    }
}
