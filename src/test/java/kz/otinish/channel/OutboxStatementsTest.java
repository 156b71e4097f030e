package kz.otinish.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

/**
 * What a reply costs on its way out of the outbox: every statement is a round trip, and every write a commit of its
 * own. A claim just made is not renewed before its first send, and a flush that has sent its claim does not claim
 * again unless the deletion of its last reply saw others waiting; the reply still goes out once and its row goes.
 */
class OutboxStatementsTest {
    @Test
    void aReplySentRightAfterItsClaimIsNotRenewedFirst() throws Exception {
        try (Database db = TestDatabase.fresh()) {
            List<String> sent = Collections.synchronizedList(new ArrayList<>());
            Messenger messenger = new Messenger() {
                public void send(String chatId, Reply part) {
                    sent.add(part.text());
                }

                public List<Reply> parts(Reply reply) {
                    return List.of(reply);
                }
            };
            List<String> statements = Collections.synchronizedList(new ArrayList<>());
            db.jdbi().setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    statements.add(context.getRenderedSql().strip().replaceAll("\\s+", " "));
                }

                @Override
                public void logException(StatementContext context, SQLException ex) {
                    statements.add("failed: " + context.getRenderedSql());
                }
            });
            SendRate fast = new SendRate(1000, 100, 1000, 1000, System::nanoTime);
            try (Courier courier = new Courier("test", new EchoCore(db.jdbi()), db.jdbi(), messenger, fast)) {
                courier.deliver("chat-1", "d1", Incoming.text(new ChatRef("test", "chat-1"), "hello"), () -> {}).get();
                for (int i = 0; i < 200 && sent.isEmpty(); i++) Thread.sleep(10);
                Thread.sleep(100); // the flush's last look at the outbox
            }
            assertEquals(1, sent.size(), "sent once: " + sent);
            int left = db.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox").mapTo(Integer.class).one());
            assertEquals(0, left, "its row deleted");
            assertTrue(statements.stream().noneMatch(s -> s.startsWith("update outbox set claimed_until")), statements.toString());
            assertEquals(1L, statements.stream().filter(s -> s.startsWith("select pg_advisory_xact_lock")).count(),
                    "one claim, none again to find nothing: " + statements);
            assertEquals(1L, statements.stream().filter(s -> s.contains("delete from outbox")).count(), statements.toString());
        }
    }

    @Test
    void aReplyWrittenWhileTheClaimIsSentGoesOutInTheSameFlush() throws Exception {
        try (Database db = TestDatabase.fresh()) {
            Outbox outbox = new Outbox(db.jdbi(), "test");
            List<String> sent = Collections.synchronizedList(new ArrayList<>());
            Messenger messenger = new Messenger() {
                public void send(String chatId, Reply part) {
                    // As a reminder written by another process while this one sends: no event of ours flushes it.
                    if (sent.isEmpty()) db.jdbi().useTransaction(h -> outbox.add(h, chatId, List.of(Reply.text("reminder"))));
                    sent.add(part.text());
                }

                public List<Reply> parts(Reply reply) {
                    return List.of(reply);
                }
            };
            db.jdbi().useTransaction(h -> outbox.add(h, "chat-1", List.of(Reply.text("answer"))));
            SendRate fast = new SendRate(1000, 100, 1000, 1000, System::nanoTime);
            try (Courier courier = new Courier("test", new EchoCore(db.jdbi()), db.jdbi(), messenger, fast)) {
                courier.resume(); // the outbox looked at once now, and next in 30 s
                for (int i = 0; i < 300 && sent.size() < 2; i++) Thread.sleep(10);
            }
            assertEquals(List.of("answer", "reminder"), sent);
        }
    }
}
