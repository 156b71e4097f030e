package kz.otinish.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import kz.otinish.Assistant;
import kz.otinish.channel.http.WebServer;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Incoming;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.Test;

class MonitoringTest {
    @Test
    void metricsCountEventsFaqResultsTheOutboxThePoolAndTheJvmAndAskForTheTokenWhenOneIsSet() throws Exception {
        Database db = TestDatabase.fresh();
        Monitoring monitoring = Monitoring.start(db.jdbi());
        db.reportTo(monitoring.registry());
        try (Assistant bot = Assistant.start(ContentRoot.at(Path.of(".")), db);
             WebServer open = new WebServer(); WebServer guarded = new WebServer();
             HttpClient http = HttpClient.newHttpClient()) {
            ChatRef chat = new ChatRef("metricstest", "1");
            bot.dialog().handle(Incoming.text(chat, "/start ru"), "1");
            bot.dialog().handle(Incoming.text(chat, "как отозвать обращение"), "2");
            bot.dialog().handle(Incoming.text(chat, "как отозвать обращение"), "2");
            monitoring.mount(open, "");
            open.start("127.0.0.1", 0);
            monitoring.mount(guarded, "metrics-secret-token");
            guarded.start("127.0.0.1", 0);

            String text = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(text.contains("otinish_events_seconds_count{channel=\"metricstest\",outcome=\"handled\"} 2"), text);
            assertTrue(text.contains("otinish_events_seconds_count{channel=\"metricstest\",outcome=\"repeated\"} 1"), text);
            assertTrue(text.contains("otinish_events_seconds_bucket{channel=\"metricstest\""), "a latency histogram");
            assertTrue(text.contains("otinish_faq_results_total{lang=\"ru\",reason=\"both\"} 1"), text);
            assertTrue(text.contains("otinish_outbox_depth ") && text.contains("otinish_outbox_oldest_seconds "), text);
            assertTrue(text.contains("hikaricp_connections_active") && text.contains("jvm_memory_used_bytes"), text);

            var noToken = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + guarded.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, noToken.statusCode());
            var withToken = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + guarded.port() + "/metrics"))
                    .header("Authorization", "Bearer metrics-secret-token").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, withToken.statusCode());
        } finally {
            monitoring.close();
        }
    }
}
