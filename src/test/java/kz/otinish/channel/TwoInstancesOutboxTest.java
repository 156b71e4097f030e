package kz.otinish.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import kz.otinish.dialog.Reply;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two bot processes on one database (webhooks behind a load balancer) both look at the outbox: a chat's replies must
 * still go out once each, in order. Stood in for by two couriers of the same channel on one database.
 */
class TwoInstancesOutboxTest {
    @Test
    void twoCouriersOnOneDatabaseSendEachReplyOnceInOrder() throws Exception {
        try (Database db = TestDatabase.fresh()) {
            List<String> sent = Collections.synchronizedList(new ArrayList<>());
            Messenger slow = new Messenger() {
                public void send(String chatId, Reply part) {
                    sent.add(part.text());
                    try {
                        Thread.sleep(5); // a messenger's round trip: the other process looks meanwhile
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                public List<Reply> parts(Reply reply) {
                    return List.of(reply);
                }
            };
            Outbox outbox = new Outbox(db.jdbi(), "test");
            List<Reply> replies = IntStream.range(0, 60).mapToObj(i -> Reply.text("reply " + i)).toList();
            db.jdbi().useTransaction(h -> outbox.add(h, "chat-1", replies));
            SendRate fast = new SendRate(1000, 100, 1000, 1000, System::nanoTime);
            try (Courier a = new Courier("test", new EchoCore(db.jdbi()), db.jdbi(), slow, fast);
                 Courier b = new Courier("test", new EchoCore(db.jdbi()), db.jdbi(), slow, fast)) {
                a.resume();
                b.resume();
                for (int i = 0; i < 400 && outbox.chatsWithPending().size() > 0; i++) Thread.sleep(25);
            }
            assertEquals(replies.stream().map(Reply::text).toList(), sent, "each once, in order");
        }
    }
}
