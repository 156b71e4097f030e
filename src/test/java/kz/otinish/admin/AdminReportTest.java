package kz.otinish.admin;

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
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.Test;

/** The admin's reports over what real conversations leave in the database. */
class AdminReportTest {
    @Test
    void theSameUnansweredQuestionFromTwoPeopleComesFirstAndUsageCountsPeopleMessagesAndTopics() {
        Database db = TestDatabase.fresh();
        try (Assistant bot = Assistant.start(ContentRoot.at(Path.of(".")), db)) {
            for (String chat : List.of("1", "2")) {
                ChatRef ref = new ChatRef("test", chat);
                bot.dialog().handle(Incoming.text(ref, "/start ru"));
                bot.dialog().handle(Incoming.text(ref, "Какая погода будет завтра?"), "d-" + chat);
            }
            bot.dialog().handle(Incoming.text(new ChatRef("test", "1"), "рецепт бешбармака"));
            bot.dialog().handle(Incoming.text(new ChatRef("test", "1"), "как отозвать обращение"));
            bot.dialog().handle(Incoming.text(new ChatRef("test", "2"), "как отозвать обращение?"));
            bot.dialog().handle(Incoming.button(new ChatRef("test", "2"), "ask:review-deadlines"));

            AdminReport report = new AdminReport(db.jdbi());
            List<AdminReport.Unanswered> rows = report.unanswered(30, 10);
            assertEquals("какая погода будет завтра?", rows.getFirst().question(), "case and spacing aside, most asked first");
            assertEquals(2, rows.getFirst().times());
            assertEquals(2, rows.getFirst().people());
            assertEquals(2, rows.size());

            AdminReport.Usage usage = report.usage(7);
            assertEquals(2, usage.users());
            assertEquals(2, usage.newUsers());
            assertEquals(2, usage.messages(), "the two messages that came with a delivery id");
            assertEquals(3, usage.unanswered());
            assertEquals(List.of(new AdminReport.LangCount("ru", 2)), usage.usersByLang());
            assertEquals(List.of(new AdminReport.TopicCount("withdraw-appeal", 0, 2), new AdminReport.TopicCount("review-deadlines", 0, 1)),
                    usage.topics(), "each topic shown, typed or pressed, most shown first");

            var out = new ByteArrayOutputStream();
            AdminCommand.print(rows, 30, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("    2×   2 people  ru"), out.toString(StandardCharsets.UTF_8));
        }
    }
}
