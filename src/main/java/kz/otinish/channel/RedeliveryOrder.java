package kz.otinish.channel;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a chat's order across redeliveries. A delivery that failed because the database was away will come again;
 * until it has been handled, the chat's later deliveries are refused too (and come again after it, as every messenger
 * redelivers in order). A delivery that does not come back within {@code patience} (a caller that gave up) stops
 * holding its chat. Each chat is only ever touched from its own lane, one delivery at a time.
 */
final class RedeliveryOrder {
    private final Map<String, LinkedHashMap<String, Long>> awaited = new ConcurrentHashMap<>();
    private final long patienceNanos;

    RedeliveryOrder(Duration patience) {
        this.patienceNanos = patience.toNanos();
    }

    /** Whether {@code deliveryId} may be handled now; if not, it keeps its place behind those that failed before it. */
    boolean mayGo(String chatId, String deliveryId) {
        LinkedHashMap<String, Long> waiting = awaited.get(chatId);
        if (waiting == null || deliveryId == null) return true;
        long now = System.nanoTime();
        for (Iterator<Long> until = waiting.values().iterator(); until.hasNext(); ) {
            if (until.next() - now < 0) until.remove();
        }
        if (waiting.isEmpty() || waiting.keySet().iterator().next().equals(deliveryId)) return true;
        waiting.putIfAbsent(deliveryId, now + patienceNanos);
        return false;
    }

    /** The delivery failed and will come again: the chat's later ones wait for it. */
    void failed(String chatId, String deliveryId) {
        if (deliveryId == null) return;
        awaited.computeIfAbsent(chatId, c -> new LinkedHashMap<>()).putIfAbsent(deliveryId, System.nanoTime() + patienceNanos);
    }

    /** The delivery was handled: the next one that failed after it may go. */
    void handled(String chatId, String deliveryId) {
        LinkedHashMap<String, Long> waiting = awaited.get(chatId);
        if (waiting == null) return;
        waiting.remove(deliveryId);
        if (waiting.isEmpty()) awaited.remove(chatId);
    }
}
