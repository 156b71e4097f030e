package kz.otinish.channel.aitu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.otinish.Assistant;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users talking to the real bot through the Aitu channel, against a fake Aitu Bot API on loopback. */
class AituConversationTest {
    private Database db;
    private Assistant assistant;
    private FakeAitu aitu;

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        assistant = Assistant.start(ContentRoot.at(Path.of(".")), db);
        aitu = new FakeAitu();
    }

    @AfterEach
    void stop() {
        aitu.close();
        assistant.close();
    }

    private AituChannel bot() {
        return AituChannel.start(aitu.settings(), assistant.dialog()::handle, db.jdbi());
    }

    private static List<String> metadata(FakeAitu.Sent sent) {
        List<String> data = new ArrayList<>();
        sent.command().path("inlineCommandRows").forEach(row -> row.forEach(b -> data.add(b.path("metadata").asText())));
        return data;
    }

    @Test
    void aNewUserChoosesRussianAndAsksAQuestionAnsweredInPlainText() throws Exception {
        try (var bot = bot()) {
            aitu.message("user-1", "/start");
            var choice = aitu.await("user-1", s -> s.size() == 1).getFirst();
            assertEquals(List.of("lang:kk", "lang:ru"), metadata(choice));

            aitu.press("user-1", "lang:ru");
            aitu.await("user-1", s -> s.stream().anyMatch(m -> m.content().contains("Главное меню")));

            aitu.message("user-1", "как отозвать обращение");
            var answer = aitu.await("user-1", s -> s.stream().anyMatch(m -> m.content().contains("Источник:")))
                    .stream().filter(m -> m.content().contains("Источник:")).findFirst().get();
            assertTrue(answer.content().contains("Отозвать"), answer.content());
            assertFalse(answer.content().contains("<b>") || answer.content().contains("<i>"), "Aitu shows no HTML");
        }
    }

    @Test
    void aKazakhDeepLinkGreetsInKazakh() throws Exception {
        try (var bot = bot()) {
            aitu.message("user-2", "/start kk");
            aitu.await("user-2", s -> s.stream().anyMatch(m -> m.content().contains("Басты мәзір")));
        }
    }
}
