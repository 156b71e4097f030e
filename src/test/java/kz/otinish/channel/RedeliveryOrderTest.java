package kz.otinish.channel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedeliveryOrderTest {
    @Test
    void aChatsLaterMessagesWaitForEveryEarlierOneThatFailedInTheOrderTheyCame() {
        RedeliveryOrder order = new RedeliveryOrder(Duration.ofMinutes(2));
        assertTrue(order.mayGo("x", "a"));
        order.failed("x", "a");
        assertFalse(order.mayGo("x", "b"), "b came after a, which will come again");
        assertTrue(order.mayGo("y", "other chat"), "other chats are not held");
        assertTrue(order.mayGo("x", "a"));
        order.handled("x", "a");
        assertFalse(order.mayGo("x", "c"), "b, refused before, still comes before c, new");
        assertTrue(order.mayGo("x", "b"));
        order.handled("x", "b");
        assertTrue(order.mayGo("x", "c"));
    }

    @Test
    void aDeliveryThatNeverComesBackStopsHoldingItsChat() {
        RedeliveryOrder order = new RedeliveryOrder(Duration.ZERO);
        order.failed("x", "a");
        assertTrue(order.mayGo("x", "b"));
        assertTrue(order.mayGo("x", null), "a delivery without an id (the console) is never held");
    }
}
