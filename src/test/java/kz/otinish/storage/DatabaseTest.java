package kz.otinish.storage;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @Test
    void embeddedDataSurvivesARestart(@TempDir Path dir) throws Exception {
        try (Database db = Database.embedded(dir, false)) {
            db.jdbi().useHandle(h -> h.execute("insert into users (channel, chat_id, lang) values ('console', 'a', 'kk')"));
        }
        try (Database db = Database.embedded(dir, false)) {
            String lang = db.jdbi().withHandle(h -> h.createQuery("select lang from users where chat_id = 'a'")
                    .mapTo(String.class).one());
            assertEquals("kk", lang);
            assertTrue(db.isReachable());
        }
    }

    @Test
    void aFailingStatementLeavesNothingOfWhatPeopleTypedInTheServersLog(@TempDir Path dir) throws Exception {
        try (Database db = Database.embedded(dir, false)) {
            String typed = "ЖСН 850715401236, тел 87012345678\u0000";
            assertThrows(RuntimeException.class, () -> db.jdbi().useHandle(h -> h.createUpdate(
                    "insert into users (channel, chat_id, lang) values ('console', :chat, 'kk')").bind("chat", typed).execute()));
            assertThrows(RuntimeException.class, () -> db.jdbi().useHandle(h -> h.createUpdate(
                    "insert into users (channel, chat_id, lang) values ('console', :chat, 'xx')").bind("chat", "850715401236").execute()));
        }
        String log = java.nio.file.Files.readString(dir.resolve("postgres.log"));
        assertTrue(log.contains("ERROR"), "the errors themselves are logged: " + log);
        assertFalse(log.contains("850715401236") || log.contains("87012345678"), "an IIN or a phone in the server's log:\n" + log);
    }

    @Test
    void aSecondBotOnTheSameDataFolderIsRefusedWithWhatToDoWhileAReportMayShareIt(@TempDir Path dir) {
        var env = java.util.Map.of("OTINISH_DATA_DIR", dir.toString());
        try (Database bot = Database.fromEnvironment(env, true)) {
            Exclusive.Refused refused = assertThrows(Exclusive.Refused.class, () -> Database.fromEnvironment(env, true));
            assertTrue(refused.getMessage().contains("OTINISH_DATA_DIR"), refused.getMessage());
            try (Database report = Database.fromEnvironment(env, false)) {
                assertTrue(report.isReachable());
            }
            assertTrue(bot.isReachable(), "the report left the bot's database running");
        }
        try (Database next = Database.fromEnvironment(env, true)) {
            assertTrue(next.isReachable(), "once the first bot stopped, the folder is free");
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderSharesTheRunningServerAndLeavesItRunning(@TempDir Path dir) throws Exception {
        // An admin's report while the bot runs: it used to stop the bot's server as if it were left over from a crash.
        try (Database bot = Database.embedded(dir, false)) {
            bot.jdbi().useHandle(h -> h.execute("insert into users (channel, chat_id, lang) values ('console', 'b', 'ru')"));
            try (Database report = Database.embedded(dir, false)) {
                int users = report.jdbi().withHandle(h -> h.createQuery("select count(*) from users").mapTo(Integer.class).one());
                assertEquals(1, users);
            }
            assertTrue(bot.isReachable(), "the bot's server still runs after the report closed");
        }
    }

    @Test
    void freshTestDatabasesAreMigratedAndIsolated() {
        try (Database a = TestDatabase.fresh(); Database b = TestDatabase.fresh()) {
            a.jdbi().useHandle(h -> h.execute("insert into users (channel, chat_id) values ('console', 'x')"));
            int inB = b.jdbi().withHandle(h -> h.createQuery("select count(*) from users").mapTo(Integer.class).one());
            assertEquals(0, inB);
        }
    }
}
