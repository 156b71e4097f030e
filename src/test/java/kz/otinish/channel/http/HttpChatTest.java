package kz.otinish.channel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import kz.otinish.Assistant;
import java.time.Duration;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Dialog;
import kz.otinish.storage.Retention;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A gateway talking to the real bot over the JSON chat endpoint, and /health, on loopback. */
class HttpChatTest {
    private static final String TOKEN = "a-long-enough-test-token";
    private static final ObjectMapper json = new ObjectMapper();
    private Database db;
    private Assistant assistant;
    private WebServer web;
    private boolean databaseUp = true;

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        assistant = Assistant.start(ContentRoot.at(Path.of(".")), db);
        web = new WebServer().health("database", () -> databaseUp && db.isReachable())
                .health("index", () -> !assistant.faq().current().entries().isEmpty());
        HttpChat.mount(web, assistant.dialog()::handle, db.jdbi(), TOKEN);
        web.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        web.close();
        assistant.close();
    }

    private HttpResponse<String> post(String body, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/chat"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private JsonNode replies(String body) throws Exception {
        var response = post(body, TOKEN);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body()).path("replies");
    }

    @Test
    void withoutTheRightTokenNothingReachesTheBot() throws Exception {
        String body = "{\"chatId\":\"w1\",\"text\":\"/start ru\"}";
        assertEquals(401, post(body, null).statusCode());
        assertEquals(403, post(body, "a-long-enough-test-tokeN").statusCode());
        int users = db.jdbi().withHandle(h -> h.createQuery("select count(*) from users").mapTo(Integer.class).one());
        assertEquals(0, users);
    }

    @Test
    void aWidgetGetsTheDialogsRepliesAsHtmlPlainTextAndButtons() throws Exception {
        JsonNode replies = replies("{\"chatId\":\"w2\",\"text\":\"/start\"}");
        List<Reply> expected = assistant.dialog().handle(Incoming.text(new ChatRef("reference", "w2"), "/start"));
        assertEquals(expected.size(), replies.size());
        assertEquals(expected.getFirst().text(), replies.get(0).path("html").asText());
        assertEquals("lang:ru", replies.get(0).at("/buttons/0/1/data").asText());

        JsonNode menu = replies("{\"chatId\":\"w2\",\"button\":\"lang:ru\"}");
        assertTrue(menu.toString().contains("Главное меню"), menu.toString());

        JsonNode answer = replies("{\"chatId\":\"w2\",\"text\":\"как отозвать обращение\"}");
        String plain = answer.findValuesAsText("text").toString();
        assertTrue(plain.contains("Источник:"), plain);
        assertFalse(plain.contains("<b>"), plain);
    }

    private int handledEvents(String chatId) {
        return db.jdbi().withHandle(h -> h.createQuery("select count(*) from processed_deliveries where delivery_id like :chat")
                .bind("chat", chatId + "/%").mapTo(Integer.class).one());
    }

    @Test
    void aCallerWhoseResponseWasLostGetsTheSameRepliesOnRetryWithoutASecondHandling() throws Exception {
        replies("{\"chatId\":\"w3\",\"text\":\"/start ru\",\"messageId\":\"m-0\"}");
        String menu = "{\"chatId\":\"w3\",\"text\":\"/menu\",\"messageId\":\"m-1\"}";
        JsonNode first = replies(menu);
        assertTrue(first.toString().contains("Главное меню"), first.toString());
        replies("{\"chatId\":\"w3\",\"button\":\"lang:kk\",\"messageId\":\"m-2\"}");

        // Handled again, /menu would now answer in Kazakh: the retry gets what the first call was answered.
        assertEquals(first, replies(menu));
        assertEquals(3, handledEvents("w3"));
    }

    @Test
    void keptRepliesGoWithTheirDeliveryRecordAndWithTheUser() throws Exception {
        replies("{\"chatId\":\"w5\",\"text\":\"/start ru\",\"messageId\":\"a\"}");
        replies("{\"chatId\":\"w5\",\"text\":\"/menu\",\"messageId\":\"b\"}");
        db.jdbi().useHandle(h -> h.execute("update processed_deliveries set processed_at = now() - interval '20 days' where delivery_id = 'w5/a'"));
        assertEquals(1, Retention.purge(db.jdbi(), Dialog.deliveryRetention(Duration.ofDays(14))));
        assertEquals(List.of("w5/b"), keptFor("w5"));

        replies("{\"chatId\":\"w5\",\"text\":\"/forget\",\"messageId\":\"c\"}");
        replies("{\"chatId\":\"w5\",\"button\":\"forget:yes\",\"messageId\":\"d\"}");
        assertEquals(List.of(), keptFor("w5"));
    }

    @Test
    void forgetLeavesTheChatIdInNoTableOrDeliveryRecord() throws Exception {
        String chatId = "aigerim@mail.kz"; // a gateway may use an e-mail as the chat id
        replies("{\"chatId\":\"" + chatId + "\",\"text\":\"/start ru\",\"messageId\":\"1\"}");
        replies("{\"chatId\":\"" + chatId + "\",\"text\":\"как отозвать обращение\",\"messageId\":\"2\"}");
        replies("{\"chatId\":\"" + chatId + "\",\"button\":\"menu:appeals\",\"messageId\":\"3\"}");
        replies("{\"chatId\":\"" + chatId + "\",\"text\":\"/forget\",\"messageId\":\"4\"}");
        replies("{\"chatId\":\"" + chatId + "\",\"button\":\"forget:yes\",\"messageId\":\"5\"}");
        // Every text column of every table, searched for the chat id: none holds it any more.
        List<String> columns = db.jdbi().withHandle(h -> h.createQuery("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public' and data_type in ('text', 'jsonb') and table_name <> 'flyway_schema_history'""")
                .mapTo(String.class).list());
        assertTrue(columns.contains("processed_deliveries.delivery_id") && columns.contains("users.chat_id"), columns.toString());
        for (String column : columns) {
            String[] tc = column.split("\\.");
            int found = db.jdbi().withHandle(h -> h.createQuery("select count(*) from " + tc[0] + " where " + tc[1] + "::text like :id")
                    .bind("id", "%" + chatId + "%").mapTo(Integer.class).one());
            assertEquals(0, found, column + " still holds the chat id after /forget");
        }
    }

    private List<String> keptFor(String chatId) {
        return db.jdbi().withHandle(h -> h.createQuery("select delivery_id from http_replies where chat_id = :chat order by delivery_id")
                .bind("chat", chatId).mapTo(String.class).list());
    }

    @Test
    void badRequestsAreExplainedNotCrashedOn() throws Exception {
        assertEquals(400, post("not json", TOKEN).statusCode());
        assertEquals(400, post("null", TOKEN).statusCode());
        assertEquals(400, post("[1,2]", TOKEN).statusCode());
        assertEquals(400, post("{\"chatId\":\"w4\",\"text\":\"hi\",\"messageId\":\"" + "m".repeat(3000) + "\"}", TOKEN).statusCode());
        var plain = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/chat"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"chatId\":\"w4\",\"text\":\"hi\"}"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN).build();
        try (var client = HttpClient.newHttpClient()) {
            assertEquals(415, client.send(plain, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        assertEquals(400, post("{\"chatId\":\"bad id with spaces\",\"text\":\"hi\"}", TOKEN).statusCode());
        var none = post("{\"chatId\":\"w4\"}", TOKEN);
        assertEquals(400, none.statusCode());
        assertTrue(json.readTree(none.body()).path("error").asText().contains("text or button"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithoutBeingReadWhole() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        // 50 MB with no Content-Length (chunked): Javalin's own limit does not see it.
        java.util.function.Supplier<java.io.InputStream> body = () -> new java.io.InputStream() {
            long left = 50L * 1024 * 1024;
            @Override public int read() {
                return left-- > 0 ? 'a' : -1;
            }
            @Override public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/chat"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN).build();
        try (var client = HttpClient.newHttpClient()) {
            int status;
            try {
                status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException e) {
                status = 413; // the server answered and closed the connection while the client was still sending
            }
            assertEquals(413, status);
        }
    }

    @Test
    void healthReportsTheDatabaseAndTheIndex() throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            var uri = URI.create("http://127.0.0.1:" + web.port() + "/health");
            var ok = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());
            assertEquals(true, json.readTree(ok.body()).at("/checks/database").asBoolean());
            assertEquals(true, json.readTree(ok.body()).at("/checks/index").asBoolean());
            databaseUp = false;
            var down = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, down.statusCode());
            assertEquals(false, json.readTree(down.body()).at("/checks/database").asBoolean());
        }
    }

    @Test
    void aHealthCheckThatHangsFailsWithinASecondInsteadOfHangingHealth() throws Exception {
        try (var hanging = new WebServer().health("database", () -> {
            try {
                Thread.sleep(30_000); // a frozen database: the query never returns
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }); var client = HttpClient.newHttpClient()) {
            hanging.start("127.0.0.1", 0);
            // Before: /health waited for the check, and this request timed out with it.
            var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hanging.port() + "/health"))
                    .timeout(java.time.Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, response.statusCode());
            assertEquals(false, json.readTree(response.body()).at("/checks/database").asBoolean());
        }
    }
}
