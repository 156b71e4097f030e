package kz.otinish.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter's arithmetic on a hand-driven clock: no test here waits for real time. */
class SendRateTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SendRate rate = new SendRate(1, 3, 30, 30, now::get);

    @Test
    void aReplyAndItsMenuGoAtOnceButAChatIsThenHeldToOneMessageASecond() {
        assertEquals(Duration.ZERO, rate.reserve("a"));
        assertEquals(Duration.ZERO, rate.reserve("a"));
        assertEquals(Duration.ZERO, rate.reserve("a"));
        assertEquals(Duration.ofSeconds(1), rate.reserve("a"));
        now.addAndGet(Duration.ofMillis(400).toNanos());
        assertEquals(Duration.ofMillis(600), rate.reserve("a"), "asking again books nothing ahead");
        now.addAndGet(Duration.ofMillis(600).toNanos());
        assertEquals(Duration.ZERO, rate.reserve("a"));
        assertEquals(Duration.ofSeconds(1), rate.reserve("a"));
    }

    @Test
    void anotherChatIsNotHeldByTheFirst() {
        for (int i = 0; i < 5; i++) rate.reserve("a");
        assertEquals(Duration.ZERO, rate.reserve("b"));
    }

    @Test
    void aQuietChatEarnsItsBurstBack() {
        for (int i = 0; i < 3; i++) rate.reserve("a");
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertEquals(Duration.ZERO, rate.reserve("a"));
    }

    @Test
    void allChatsTogetherStayUnderThirtyASecond() {
        for (int i = 0; i < 30; i++) assertEquals(Duration.ZERO, rate.reserve("chat" + i));
        assertEquals(Duration.ofNanos(1_000_000_000L / 30), rate.reserve("chat30"));
    }

    @Test
    void retryAfterHoldsEveryChat() {
        rate.pause(Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(5), rate.reserve("a"));
        assertEquals(Duration.ofSeconds(5), rate.reserve("b"));
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertEquals(Duration.ZERO, rate.reserve("a"));
    }
}
