package kz.otinish.dialog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kz.otinish.Assistant;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

/** The round trips one message costs: each is a wait on the database, and the pipeline's rate is bounded by them. */
class StatementsPerUpdateTest {
    @Test
    void aQuestionInAKnownChatTakesTwoStatementsInOneTransaction() {
        Database db = TestDatabase.fresh();
        try (Assistant bot = Assistant.start(ContentRoot.at(Path.of(".")), db)) {
            ChatRef chat = new ChatRef("test", "7");
            bot.dialog().handle(Incoming.text(chat, "/start ru"), "1");
            bot.dialog().handle(Incoming.text(chat, "как отозвать обращение"), "2");
            List<String> statements = Collections.synchronizedList(new ArrayList<>());
            Thread dialog = Thread.currentThread(); // not the knowledge base's own look for a new version
            db.jdbi().setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    if (Thread.currentThread() == dialog) statements.add(context.getRenderedSql().strip().replaceAll("\\s+", " "));
                }

                @Override
                public void logException(StatementContext context, SQLException ex) {
                    if (Thread.currentThread() == dialog) statements.add("failed: " + context.getRenderedSql());
                }
            });
            int updates = 5;
            for (int i = 0; i < updates; i++) bot.dialog().handle(Incoming.text(chat, "сколько ждать ответа на обращение " + i), "q" + i);
            double perUpdate = (double) statements.size() / updates;
            System.out.printf("statements per update: %.1f%n", perUpdate);
            // The delivery's id recorded with the user and conversation read; the conversation written with the topic counted.
            assertTrue(perUpdate <= 2, statements.toString());
        }
    }
}
