package kz.otinish.channel.telegram;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Long polling that confirms an update only once it is handled. The library's own consumer advances the
 * offset before handing updates over, so a crash there loses them; this loop asks getUpdates with the
 * offset of the oldest update not yet committed, so an update in flight is confirmed only after its
 * transaction, and updates already dispatched that come back are not dispatched twice. Different chats
 * run in parallel, so the offset is a watermark: the oldest unfinished update holds it.
 */
final class TelegramPolling implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    static final List<String> ALLOWED = List.of("message", "callback_query");

    private final TelegramClient client;
    private final int timeoutSeconds;
    /** Dispatches one update; the future completes when it is committed (or is of no interest). */
    private final Function<Update, java.util.concurrent.CompletableFuture<Void>> dispatch;
    private final ConcurrentSkipListSet<Integer> unfinished = new ConcurrentSkipListSet<>();
    private final Set<Integer> running = ConcurrentHashMap.newKeySet();
    private final Semaphore progress = new Semaphore(0);
    private volatile boolean stopped;
    private Integer highestSeen;

    TelegramPolling(TelegramClient client, int timeoutSeconds,
                    Function<Update, java.util.concurrent.CompletableFuture<Void>> dispatch) {
        this.client = client;
        this.timeoutSeconds = timeoutSeconds;
        this.dispatch = dispatch;
    }

    @Override
    public void run() {
        int failures = 0;
        while (!stopped) {
            try {
                // Counted from before the call: an update that finishes while getUpdates is under way must end the wait
                // below at once. Drained after the call, that finish was lost and polling stood still for the full
                // second, for every chat (the Telegram benchmark's p99 at one chat: 1 s).
                progress.drainPermits();
                List<Update> updates = client.execute(GetUpdates.builder().offset(offset()).limit(100)
                        .timeout(timeoutSeconds).allowedUpdates(ALLOWED).build());
                failures = 0;
                int fresh = 0;
                for (Update u : updates) if (take(u)) fresh++;
                if (fresh == 0 && !updates.isEmpty()) {
                    // Only updates still in flight came back: wait for one of them to finish, not spin.
                    progress.tryAcquire(1, TimeUnit.SECONDS);
                }
            } catch (TelegramApiException e) {
                if (stopped) break;
                failures++;
                var refusal = TelegramMessenger.refusal(e);
                log.warn("telegram: getUpdates failed ({}), retrying", refusal.getMessage());
                pause(refusal.retryAfter() != null ? refusal.retryAfter().toMillis() : Math.min(30_000L, 1000L * failures));
            } catch (InterruptedException e) {
                break;
            }
        }
    }

    /** The offset that confirms everything before the oldest update not yet committed. */
    private Integer offset() {
        if (!unfinished.isEmpty()) return unfinished.first();
        return highestSeen == null ? null : highestSeen + 1;
    }

    private boolean take(Update u) {
        int id = u.getUpdateId();
        boolean isNew = highestSeen == null || id > highestSeen;
        boolean retry = !isNew && unfinished.contains(id) && !running.contains(id);
        if (!isNew && !retry) return false;
        if (isNew) highestSeen = id;
        unfinished.add(id);
        running.add(id);
        dispatch.apply(u).whenComplete((ok, err) -> {
            if (err == null) {
                unfinished.remove(id);
            } else {
                log.warn("telegram: update {} not handled, it will be retried: {}", id, err.getClass().getSimpleName());
            }
            running.remove(id);
            progress.release();
        });
        return true;
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            stopped = true;
        }
    }

    void stop() {
        stopped = true;
    }
}
