package kz.otinish.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kz.otinish.Assistant;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.Retention;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.Test;

/** The record of handled deliveries forgets what is older than its retention, and only that. */
class DeliveryRetentionTest {

    private static List<String> recorded(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("select delivery_id from processed_deliveries order by delivery_id")
                .mapTo(String.class).list());
    }

    @Test
    void deliveriesOlderThanTheRetentionAreForgottenAndRecentOnesStillStopARepeat() {
        Database db = TestDatabase.fresh();
        try (Assistant assistant = Assistant.start(ContentRoot.at(Path.of(".")), db)) {
            ChatRef chat = new ChatRef("telegram", "retention-1");
            assistant.dialog().handle(Incoming.text(chat, "/start ru"), "old");
            assistant.dialog().handle(Incoming.text(chat, "/menu"), "recent");
            // Older than the 3 days purged here, younger than the 14 the assistant's own purge at start keeps: that one
            // runs on its own thread and, run late, had taken the row first.
            db.jdbi().useHandle(h -> h.execute("update processed_deliveries set processed_at = now() - interval '5 days' where delivery_id = 'old'"));

            assertEquals(1, Retention.purge(db.jdbi(), Dialog.deliveryRetention(Duration.ofDays(3))));

            assertEquals(List.of("recent"), recorded(db));
            assertTrue(assistant.dialog().handle(Incoming.text(chat, "/menu"), "recent").isEmpty(), "a recent repeat is still recognised");
            assertFalse(assistant.dialog().handle(Incoming.text(chat, "/menu"), "fresh").isEmpty());
        }
    }

    @Test
    void startingTheBotPurgesAtOnceWithTheConfiguredRetention() throws Exception {
        Database db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> h.execute("""
                insert into processed_deliveries (channel, delivery_id, processed_at)
                values ('telegram', 'three-days', now() - interval '3 days'), ('telegram', 'today', now())"""));
        try (Assistant ignored = Assistant.start(ContentRoot.at(Path.of(".")), db, java.util.Map.of("OTINISH_DELIVERY_DAYS", "2"))) {
            for (int i = 0; i < 100 && recorded(db).size() > 1; i++) Thread.sleep(50);
            assertEquals(List.of("today"), recorded(db));
        }
    }
}
