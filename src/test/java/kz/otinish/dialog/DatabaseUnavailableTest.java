package kz.otinish.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import kz.otinish.knowledge.ContentRoot;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** An event the database could not take is not "handled with an apology": it is given back to be delivered again. */
class DatabaseUnavailableTest {
    @Test
    void aDatabaseOutOfReachIsThrownNotApologisedForSoTheMessengerDeliversAgain() throws Exception {
        Jdbi away = Jdbi.create(() -> {
            throw new SQLTransientConnectionException("otinish - Connection is not available, request timed out after 5000ms");
        });
        Dialog dialog = new Dialog(away, Texts.load(ContentRoot.at(Path.of("."))), new AskFlow(() -> null), List.of());
        var refused = assertThrows(DatabaseUnavailable.class, () -> dialog.handle(Incoming.text(new ChatRef("telegram", "1"), "сәлем"), "42"));
        assertTrue(refused.notice().text().contains("уақытша жауап бере алмай тұр") && refused.notice().text().contains("временно не может ответить"),
                "the user, whose language is in the database, is told in both: " + refused.notice().text());
    }

    @Test
    void anEventThatFailsForAReasonOfItsOwnIsTriedThreeTimesThenParkedWithoutWhatWasSaid() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        Flow bomb = new Flow() {
            public String name() {
                return "akimat"; // a flow the menu has words for, standing in for one with a bug
            }

            public boolean claims(String text) {
                return text.startsWith("boom");
            }

            public List<Reply> start(Session session, String argument) {
                tries.incrementAndGet();
                throw new IllegalStateException("a bug that quotes " + argument);
            }

            public List<Reply> handle(Session session, Incoming in) {
                return start(session, in.text());
            }
        };
        try (Database db = TestDatabase.fresh()) {
            Dialog dialog = new Dialog(db.jdbi(), Texts.load(ContentRoot.at(Path.of("."))), new AskFlow(() -> null), List.of(bomb));
            ChatRef chat = new ChatRef("telegram", "7");
            dialog.handle(Incoming.text(chat, "/start ru"), "1");
            List<Reply> apology = dialog.handle(Incoming.text(chat, "boom 870412300415"), "2");
            assertEquals(3, tries.get());
            assertTrue(apology.getFirst().text().contains("это сообщение не обработано"), apology.toString());
            assertEquals(List.of(), dialog.handle(Incoming.text(chat, "boom 870412300415"), "2"), "a redelivery is not failed again");
            assertEquals(3, tries.get());
            var parked = db.jdbi().withHandle(h -> h.createQuery("select channel || ' ' || kind || ' ' || reason from parked_events")
                    .mapTo(String.class).list());
            assertEquals(1, parked.size());
            assertTrue(parked.getFirst().startsWith("telegram text java.lang.IllegalStateException at "), parked.getFirst());
            assertFalse(parked.getFirst().contains("870412300415"));
            assertFalse(dialog.handle(Incoming.text(chat, "/menu"), "3").isEmpty(), "the chat goes on");
        }
    }

    @Test
    void theConnectionsFailuresAreToldFromTheStatementsOwn() {
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new SQLTransientConnectionException("timeout"))));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertTrue(DatabaseUnavailable.causes(new SQLException("terminating connection due to administrator command", "57P01")));
        assertFalse(DatabaseUnavailable.causes(new RuntimeException(new SQLException("value too long", "22001"))));
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("a bug")));
    }
}
