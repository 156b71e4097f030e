package kz.otinish.channel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import kz.otinish.Assistant;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Incoming;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A state body's operator sets a status by number; the citizen who follows it is told at once, in their language. */
class OperatorApiTest {
    private static final String TOKEN = "operator-token-long-enough";
    private Database db;
    private Assistant assistant;
    private WebServer web;

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        assistant = Assistant.start(ContentRoot.at(Path.of(".")), db);
        web = new WebServer();
        OperatorApi.mount(web, db.jdbi(), assistant.texts(), TOKEN);
        web.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        web.close();
        assistant.close();
    }

    private HttpResponse<String> post(String number, String body, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/operator/appeals/" + number + "/status"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private void follow(String chatId, String lang, String number) {
        ChatRef chat = new ChatRef("telegram", chatId);
        assistant.dialog().handle(Incoming.text(chat, "/start " + lang));
        assistant.dialog().handle(Incoming.text(chat, "/status"));
        assistant.dialog().handle(Incoming.button(chat, "appeals:add"));
        for (String t : List.of(number, "02.03.2026", "Министерство юстиции", "Справка")) assistant.dialog().handle(Incoming.text(chat, t));
    }

    @Test
    void anOperatorsStatusReachesTheCitizenOnceInTheirLanguage() throws Exception {
        follow("op-kk", "kk", "ЖТ-77");
        assertEquals(401, post("ЖТ-77", "{\"status\":\"done\",\"date\":\"2026-03-10\"}", null).statusCode());
        assertEquals(403, post("ЖТ-77", "{\"status\":\"done\",\"date\":\"2026-03-10\"}", "wrong-token-wrong-token").statusCode());
        assertEquals(400, post("ЖТ-77", "null", TOKEN).statusCode());
        assertEquals(400, post("ЖТ-77", "{\"status\":\"fine\",\"date\":\"2026-03-10\"}", TOKEN).statusCode());
        assertEquals(400, post("ЖТ-77", "{\"status\":\"extended\",\"date\":\"2026-03-10\"}", TOKEN).statusCode());
        HttpResponse<String> ok = post("%D0%96%D0%A2-77", "{\"status\":\"done\",\"date\":\"2026-03-10\"}", TOKEN);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("{\"followers\":1}", ok.body());
        List<String> told = db.jdbi().withHandle(h -> h.createQuery("select reply->>'text' from outbox where chat_id = 'op-kk'").mapTo(String.class).list());
        assertEquals(1, told.size());
        assertTrue(told.getFirst().contains("«Орындалды»") && told.getFirst().contains("10.03.2026"), told.getFirst());
        String status = db.jdbi().withHandle(h -> h.createQuery("select status from tracked_appeals where chat_id = 'op-kk'").mapTo(String.class).one());
        assertEquals("done", status);
        assertEquals("{\"followers\":0}", post("nobody", "{\"status\":\"done\",\"date\":\"2026-03-10\"}", TOKEN).body());
    }
}
