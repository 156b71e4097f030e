package kz.otinish.channel;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How fast a bot may write: a steady rate per chat and overall, each with a small burst (Telegram asks for
 * about one message a second in a chat and thirty a second in all), plus a pause for everyone after the
 * messenger answered "too many requests". Each limit is a GCRA: a theoretical arrival time per key that
 * moves one interval forward with every message sent.
 */
public final class SendRate {
    private final long chatInterval;
    private final long chatBurst;
    private final long overallInterval;
    private final long overallBurst;
    private final LongSupplier nanoTime;
    private final Map<String, Long> chatArrival = new HashMap<>();
    private long overallArrival;
    private long pausedUntil;

    /** {@code perChat} and {@code overall} are messages per second; bursts are how many may go at once. */
    public SendRate(double perChat, int chatBurst, double overall, int overallBurst, LongSupplier nanoTime) {
        this.chatInterval = (long) (1e9 / perChat);
        this.chatBurst = chatBurst;
        this.overallInterval = (long) (1e9 / overall);
        this.overallBurst = overallBurst;
        this.nanoTime = nanoTime;
        long now = nanoTime.getAsLong();
        this.overallArrival = now;
        this.pausedUntil = now;
    }

    /**
     * Telegram's published limits, with a burst of three per chat so a reply and its menu go out together.
     * Aitu publishes none, so it gets the same.
     */
    public static SendRate chatDefaults() {
        return new SendRate(1, 3, 30, 30, System::nanoTime);
    }

    /**
     * Books a slot for one message to {@code chatId} now and returns zero, or books nothing and returns how
     * long to wait before asking again. Nothing is booked ahead, so a chat that must wait holds no one else.
     */
    public synchronized Duration reserve(String chatId) {
        long now = nanoTime.getAsLong();
        long chat = chatArrival.getOrDefault(chatId, now);
        long at = Math.max(pausedUntil, Math.max(chat - (chatBurst - 1) * chatInterval,
                overallArrival - (overallBurst - 1) * overallInterval));
        if (at > now) return Duration.ofNanos(at - now);
        chatArrival.put(chatId, Math.max(chat, now) + chatInterval);
        overallArrival = Math.max(overallArrival, now) + overallInterval;
        if (chatArrival.size() > 10_000) chatArrival.values().removeIf(t -> t < now); // idle chats owe nothing
        return Duration.ZERO;
    }

    /** The messenger said to retry after {@code wait}: nobody sends before then. */
    public synchronized void pause(Duration wait) {
        pausedUntil = Math.max(pausedUntil, nanoTime.getAsLong() + wait.toNanos());
    }
}
