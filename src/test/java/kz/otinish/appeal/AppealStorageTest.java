package kz.otinish.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.FileInfo;
import kz.otinish.Lang;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppealStorageTest {
    private static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ChatRef user(Handle h, String id) {
        h.execute("insert into users (channel, chat_id, lang) values ('console', ?, 'kk')", id);
        return new ChatRef("console", id);
    }

    @Test
    void aDraftComesBackWithEveryAnswerAndFile() {
        db.jdbi().useTransaction(h -> {
            ChatRef chat = user(h, "d1");
            Draft d = Draft.begin("type").answer("type", "complaint").answer("surname", "Әлиева")
                    .withFiles(List.of(new FileInfo("шешім.pdf", "application/pdf", 123_456))).at("iin").reviewing(true);
            Drafts.save(h, chat, d);
            Draft back = Drafts.find(h, chat).orElseThrow();
            assertEquals("iin", back.step());
            assertEquals(Map.of("type", "complaint", "surname", "Әлиева"), back.answers());
            assertEquals(List.of(new FileInfo("шешім.pdf", "application/pdf", 123_456)), back.files());
            assertTrue(back.reviewing());
        });
    }

    @Test
    void draftsUntouchedForLongArePurgedAndFreshOnesKept() {
        db.jdbi().useTransaction(h -> {
            ChatRef old = user(h, "p1");
            ChatRef fresh = user(h, "p2");
            Drafts.save(h, old, Draft.begin("type"));
            Drafts.save(h, fresh, Draft.begin("type"));
            h.execute("update appeal_drafts set updated_at = now() - interval '31 days' where chat_id = 'p1'");
            int purged = Drafts.purgeUntouchedSince(h, Instant.now().minus(Drafts.DEFAULT_KEEP));
            assertEquals(1, purged);
            assertTrue(Drafts.find(h, old).isEmpty());
            assertTrue(Drafts.find(h, fresh).isPresent());
        });
    }

    @Test
    void appealsAreListedNewestFirstAndOnlyToTheirOwnChat() {
        db.jdbi().useTransaction(h -> {
            ChatRef a = user(h, "a1");
            ChatRef b = user(h, "a2");
            Appeal first = Appeals.add(h, a, new Appeal(0, Lang.KK, LocalDate.of(2026, 11, 1), Map.of("subject", "Бірінші"), List.of()));
            Appeal second = Appeals.add(h, a, new Appeal(0, Lang.RU, LocalDate.of(2026, 11, 2), Map.of("subject", "Второе"), List.of()));
            assertEquals(List.of(second.id(), first.id()), Appeals.list(h, a).stream().map(Appeal::id).toList());
            assertEquals(Lang.RU, Appeals.find(h, a, second.id()).orElseThrow().lang());
            assertTrue(Appeals.find(h, b, first.id()).isEmpty());
        });
    }

    @Test
    void deletingTheUserDeletesTheirDraftAndAppeals() {
        db.jdbi().useTransaction(h -> {
            ChatRef chat = user(h, "f1");
            Drafts.save(h, chat, Draft.begin("type"));
            Appeals.add(h, chat, new Appeal(0, Lang.KK, LocalDate.now(), Map.of("subject", "x"), List.of()));
            h.execute("delete from users where chat_id = 'f1'");
            assertTrue(Drafts.find(h, chat).isEmpty());
            assertTrue(Appeals.list(h, chat).isEmpty());
        });
    }
}
