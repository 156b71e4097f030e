package kz.otinish.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kz.otinish.Assistant;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Incoming;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.Test;

class StatusImportCommandTest {
    @Test
    void badLinesAreReportedByLineAndTheGoodOnesKept() {
        try (Assistant bot = Assistant.start(ContentRoot.at(Path.of(".")), TestDatabase.fresh())) {
            ChatRef chat = new ChatRef("telegram", "csv");
            for (String t : List.of("/start ru", "/status")) bot.dialog().handle(Incoming.text(chat, t));
            bot.dialog().handle(Incoming.button(chat, "appeals:add"));
            for (String t : List.of("A-1", "02.03.2026", "Акимат", "Свет во дворе")) bot.dialog().handle(Incoming.text(chat, t));
            var printed = new ByteArrayOutputStream();
            int code = StatusImportCommand.run(List.of(
                    "number,status,date,due",
                    "A-1,in_progress,2026-03-05",
                    "A-1,sometime,2026-03-05",
                    "A-1,done,05.03.2026",
                    "A-1,extended,2026-03-20",
                    "A-1,extended,2026-03-20,2026-04-30"), "statuses.csv", bot, new PrintStream(printed, true, StandardCharsets.UTF_8));
            String out = printed.toString(StandardCharsets.UTF_8);
            assertEquals(1, code, "some lines were refused");
            assertTrue(out.contains("statuses.csv:3: unknown status 'sometime'"), out);
            assertTrue(out.contains("statuses.csv:4: dates are YYYY-MM-DD"), out);
            assertTrue(out.contains("statuses.csv:5: a term extended needs its new due date"), out);
            assertTrue(out.contains("2 applied, 3 refused, 2 followers told"), out);
            String due = bot.database().jdbi().withHandle(h -> h.createQuery("select status || ' ' || due_on from tracked_appeals where chat_id = 'csv'").mapTo(String.class).one());
            assertEquals("extended 2026-04-30", due);
        }
    }
}
