package kz.otinish.channel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.otinish.dialog.DatabaseUnavailable;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries a chat's events to the dialog and its replies back, losing and repeating nothing: the dialog
 * records each delivery once, in the same transaction as its replies' outbox rows; the caller confirms the
 * delivery to the messenger only when {@link #deliver} completes (committed); the replies then leave the
 * outbox in order, each row deleted as soon as the messenger accepted it. After a crash the outbox is
 * resent ({@link #resume}) and a redelivered update produces nothing new.
 *
 * <p>While the database is away, an event is not confirmed (the messenger delivers it again) and its chat is told
 * once that the answer will come. A message the messenger accepted but whose row could not be deleted (the database
 * away) is remembered as sent and never sent again by this process. The one duplicate this cannot rule out: the
 * process died between the messenger's acceptance and the row's deletion; that one message per chat is sent again
 * on the next start.
 */
public final class Courier implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Courier.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final String SENDING = "\u0000send:";

    private final String channel;
    private final Core core;
    private final Messenger messenger;
    private final SendRate rate;
    private final Outbox outbox;
    private final ChatLanes lanes = new ChatLanes();
    /** Messages nobody's event produced (reminders) are written to the outbox by others: looked for this often. */
    private static final Duration OUTBOX_CHECK = Duration.ofSeconds(30);
    private final ScheduledExecutorService outboxCheck = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-check");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closing;
    /** Outbox rows the messenger accepted whose deletion has not yet succeeded: deleted, never sent, next time. */
    private final Set<Long> sentNotDeleted = ConcurrentHashMap.newKeySet();
    /** A chat's deliveries that failed with the database away, which its later ones wait for. */
    private final RedeliveryOrder order = new RedeliveryOrder(Duration.ofMinutes(2));

    /** Chats told during the current database outage that their message will be answered later. */
    private final Set<String> toldUnavailable = ConcurrentHashMap.newKeySet();

    public Courier(String channel, Core core, Jdbi jdbi, Messenger messenger, SendRate rate) {
        this.channel = channel;
        this.core = core;
        this.messenger = messenger;
        this.rate = rate;
        this.outbox = new Outbox(jdbi, channel);
    }

    /**
     * Queues {@code in} behind the chat's earlier events. {@code first} runs in the chat's turn before the
     * dialog (a transport courtesy such as "typing…"). The future completes once the event is committed,
     * before its replies are sent: that is when the messenger may be told the update is handled.
     */
    public CompletableFuture<Void> deliver(String chatId, String deliveryId, Incoming in, Runnable first) {
        if (closing) return CompletableFuture.failedFuture(new IllegalStateException(channel + " is shutting down"));
        CompletableFuture<Void> committed = new CompletableFuture<>();
        lanes.submit(chatId, () -> {
            try {
                first.run();
            } catch (RuntimeException e) {
                log.warn("{}: courtesy call before handling failed: {}", channel, e.getClass().getSimpleName());
            }
            if (!order.mayGo(chatId, deliveryId)) {
                // An earlier message of this chat failed and will be delivered again: this one must wait for it.
                committed.completeExceptionally(new IllegalStateException("an earlier message of this chat comes first"));
                return;
            }
            AtomicBoolean queued = new AtomicBoolean();
            List<Reply> replies;
            try {
                replies = core.handle(in, deliveryId, (h, out) -> {
                    outbox.add(h, chatId, parts(out));
                    queued.set(true);
                });
            } catch (DatabaseUnavailable e) {
                order.failed(chatId, deliveryId);
                committed.completeExceptionally(e);
                if (toldUnavailable.add(chatId)) lanes.submit(SENDING + chatId, () -> sendNow(chatId, e.notice()));
                return;
            } catch (RuntimeException e) {
                committed.completeExceptionally(e);
                return;
            }
            if (!toldUnavailable.isEmpty()) toldUnavailable.clear(); // the database answers: a later outage is told again
            order.handled(chatId, deliveryId);
            committed.complete(null);
            List<Reply> direct = queued.get() ? List.of() : parts(replies);
            // Sending has its own lane per chat: a chat whose replies wait for the messenger does not hold
            // up the handling (and so the confirmation) of anything else.
            lanes.submit(SENDING + chatId, () -> {
                // A rolled-back event's apology is not in the outbox: it goes out directly, best effort.
                for (Reply part : direct) sendNow(chatId, part);
                flush(chatId);
            });
        }).exceptionally(e -> {
            committed.completeExceptionally(e);
            return null;
        });
        return committed;
    }

    /**
     * Sends what an earlier run left in the outbox, each chat in its own lane; then keeps looking every
     * {@link #OUTBOX_CHECK} for rows written outside an event (reminders).
     */
    public void resume() {
        sendPending();
        outboxCheck.scheduleWithFixedDelay(() -> {
            try {
                if (!closing) sendPending();
            } catch (RuntimeException e) {
                log.warn("{}: looking at the outbox failed: {}", channel, e.getClass().getName()); // the database away: next time
            }
        }, OUTBOX_CHECK.toSeconds(), OUTBOX_CHECK.toSeconds(), TimeUnit.SECONDS);
    }

    private void sendPending() {
        for (String chatId : outbox.chatsWithPending()) lanes.submit(SENDING + chatId, () -> flush(chatId));
    }

    /** The database away while replies wait: looked at again soon, not only at the next outbox check. */
    private static final Duration FLUSH_RETRY = Duration.ofSeconds(2);

    private List<Reply> parts(List<Reply> replies) {
        List<Reply> parts = new ArrayList<>();
        for (Reply r : replies) parts.addAll(messenger.parts(r));
        return parts;
    }

    /**
     * Sends the chat's waiting replies, in order, as long as there are any: claimed first, so that another process on the
     * same database does not send them too; when one is sending them, looked at again shortly.
     */
    private void flush(String chatId) {
        try {
            while (true) {
                long claimedAt = System.nanoTime(); // before the claim: its lease runs from a moment later
                Outbox.Claim claim = outbox.claim(chatId);
                if (claim.busy()) {
                    again(chatId, OTHER_PROCESS_SENDING);
                    return;
                }
                if (claim.entries().isEmpty()) return;
                Sent sent = send(claim.entries(), chatId, claimedAt);
                if (sent == Sent.STOPPED) {
                    outbox.release(chatId);
                    return;
                }
                // Claimed again only when the last deletion saw replies waiting; one that an event of this process
                // writes later is flushed in that event's own turn.
                if (sent == Sent.ALL) return;
            }
        } catch (RuntimeException e) {
            if (closing) return;
            log.warn("{}: the outbox cannot be read or updated now ({}), trying again", channel, e.getClass().getSimpleName());
            again(chatId, FLUSH_RETRY);
        }
    }

    /** Another process sends this chat's replies: rows written after it looked are sent once it is done. */
    private static final Duration OTHER_PROCESS_SENDING = Duration.ofMillis(250);

    private void again(String chatId, Duration after) {
        outboxCheck.schedule(() -> lanes.submit(SENDING + chatId, () -> flush(chatId)), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * A claim younger than this is not renewed before a send: its lease outlasts the send's deadline (half a lease) by a
     * quarter of one. Renewing it anyway was a commit of its own for every reply.
     */
    private static final long FRESH_CLAIM_NANOS = Outbox.LEASE.dividedBy(4).toNanos();

    /** What became of a claim's replies. */
    private enum Sent { ALL, ALL_AND_MORE_WAITING, STOPPED }

    /** Sends claimed replies in order; STOPPED when one must wait (it and those after it stay, for later). */
    private Sent send(List<Outbox.Entry> claimed, String chatId, long claimedAt) {
        boolean moreWaiting = false;
        for (Outbox.Entry e : claimed) {
            if (!sentNotDeleted.contains(e.id())) {
                if (System.nanoTime() - claimedAt > FRESH_CLAIM_NANOS) outbox.renew(e.id());
                if (!sendNow(chatId, e.part(), System.nanoTime() + Outbox.LEASE.dividedBy(2).toNanos())) return Sent.STOPPED;
                sentNotDeleted.add(e.id());
            }
            // The database away: this throws, the row stays marked sent, the next look deletes it.
            moreWaiting = outbox.remove(chatId, e.id());
            sentNotDeleted.remove(e.id());
        }
        return moreWaiting ? Sent.ALL_AND_MORE_WAITING : Sent.ALL;
    }

    /** Sends one part, waiting out rate limits and passing troubles; false if it must stay for later. */
    private boolean sendNow(String chatId, Reply part) {
        return sendNow(chatId, part, Long.MAX_VALUE);
    }

    /**
     * As {@link #sendNow(String, Reply)}, giving up at {@code deadlineNanos} ({@link System#nanoTime}): a claimed reply is
     * left before its claim runs out, so that no other process sends it while this one still tries.
     */
    private boolean sendNow(String chatId, Reply part, long deadlineNanos) {
        Duration backoff = Duration.ofSeconds(1);
        try {
            while (true) {
                for (Duration wait; !(wait = rate.reserve(chatId)).isZero(); ) sleep(wait);
                try {
                    messenger.send(chatId, part);
                    return true;
                } catch (Messenger.Refused r) {
                    if (r.permanent()) {
                        log.warn("{}: a message was refused for good and dropped: {}", channel, r.getMessage());
                        return true;
                    }
                    if (closing || System.nanoTime() - deadlineNanos > 0) return false;
                    if (r.retryAfter() != null) {
                        rate.pause(r.retryAfter()); // the next reserve() waits it out, for every chat
                        continue;
                    }
                    log.warn("{}: sending failed, retrying in {} s: {}", channel, backoff.toSeconds(), r.getMessage());
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(Duration d) throws InterruptedException {
        if (!d.isZero() && !d.isNegative()) Thread.sleep(d);
    }

    /** Finishes the events in flight; replies that cannot go out now stay in the outbox for the next start. */
    @Override
    public void close() {
        closing = true;
        outboxCheck.shutdownNow();
        lanes.close();
    }
}
