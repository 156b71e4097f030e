package kz.otinish.channel.aitu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.otinish.channel.http.WebServer;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.Document;
import kz.otinish.dialog.Reply;
import kz.otinish.channel.Core;
import kz.otinish.channel.EchoCore;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Aitu transport against a fake Aitu Bot API on loopback; the dialog is stood in for by {@link EchoCore}. */
class AituTransportTest {
    private Database db;
    private FakeAitu aitu;
    private EchoCore core;

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        aitu = new FakeAitu();
        core = new EchoCore(db.jdbi());
    }

    @AfterEach
    void stop() {
        aitu.close();
        db.close();
    }

    @Test
    void aMessageIsAnsweredInPlainTextWithInlineCommandsAndTheToken() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.message("u1", "<script> & co");
            var sent = aitu.await("u1", s -> s.size() == 1).getFirst();
            assertEquals("heard: <script> & co", sent.content(), "HTML flattened, the user's own text intact");
            assertEquals("SendMessage", sent.command().path("type").asText());
            assertEquals("USER", sent.command().at("/recipient/type").asText());
            assertEquals("echo:again", sent.command().at("/inlineCommandRows/0/0/metadata").asText());
            assertEquals(0, aitu.refusedTokens());
        }
    }

    @Test
    void twentyButtonsArriveWithinAitusEightByEightInsteadOfBeingRefused() throws Exception {
        kz.otinish.channel.Core many = (in, id, alongside) -> db.jdbi().inTransaction(h -> {
            List<kz.otinish.dialog.Reply> out = List.of(kz.otinish.dialog.Reply.withButtons("regions",
                    java.util.stream.IntStream.range(0, 20).mapToObj(i -> List.of(new kz.otinish.dialog.Button("Region " + i, "akimat:r" + i))).toList()));
            alongside.accept(h, out);
            return out;
        });
        try (var bot = AituChannel.start(aitu.settings(), many, db.jdbi())) {
            aitu.message("u20", "Шамалган");
            var sent = aitu.await("u20", s -> s.size() == 1).getFirst();
            assertEquals(7, sent.command().path("inlineCommandRows").size(), "three a row, in order: " + sent.command());
            assertEquals("akimat:r19", sent.command().at("/inlineCommandRows/6/1/metadata").asText());
        }
    }

    @Test
    void aFileOrAPhotoTheUserSendsReachesTheDialogAsAFile() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.file("u21", "Document", "решение.pdf", "application/pdf", 200_000);
            assertEquals("heard: file решение.pdf application/pdf 200000", aitu.await("u21", s -> s.size() == 1).getFirst().content());
            aitu.file("u21", "Image", null, null, 90_000);
            assertEquals("heard: file photo.jpg image/jpeg 90000", aitu.await("u21", s -> s.size() == 2).get(1).content());
            aitu.file("u21", "Video", "clip.mp4", "video/mp4", 5_000_000);
            assertEquals("heard: file clip.mp4 video/mp4 5000000", aitu.await("u21", s -> s.size() == 3).get(2).content(),
                    "a video reaches the dialog, whose attachments step refuses it with the reason");
        }
    }

    @Test
    void theNextPollNamesTheNewestUpdateOfTheCommittedBatch() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            var first = aitu.message("u30", "one");
            aitu.await("u30", s -> s.size() == 1);
            String id = first.path("updateId").asText();
            long deadline = System.currentTimeMillis() + 10_000;
            while (!aitu.lastUpdateIds().contains(id) && System.currentTimeMillis() < deadline) Thread.sleep(20);
            assertEquals(id, aitu.lastUpdateIds().getLast(), "the poll after the batch names it, once it is committed");
        }
    }

    @Test
    void aPressedInlineCommandReachesTheDialogAsItsButtonData() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.press("u2", "lang:kk");
            assertEquals("heard: button lang:kk", aitu.await("u2", s -> s.size() == 1).getFirst().content());
        }
    }

    @Test
    void theSameUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            var update = aitu.message("u3", "once");
            aitu.await("u3", s -> s.size() == 1);
            aitu.repeat(update);
            aitu.message("u3", "marker");
            aitu.await("u3", s -> s.size() == 2);
        }
        assertEquals("heard: marker", aitu.sent("u3").get(1).content());
        assertEquals(2, core.handled());
    }

    @Test
    void aRepeatedUpdateIsRecognizedAcrossARestart() throws Exception {
        var update = aitu.message("u4", "hello");
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.await("u4", s -> s.size() == 1);
        }
        aitu.repeat(update);
        var marker = aitu.message("u4", "marker");
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.await("u4", s -> s.size() == 2);
        }
        assertEquals("heard: marker", aitu.sent("u4").get(1).content());
        assertEquals(2, core.handled());
    }

    @Test
    void tooManyRequestsIsObeyed() throws Exception {
        aitu.answerTooManyRequests(1);
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.message("u5", "hi");
            assertEquals("heard: hi", aitu.await("u5", s -> s.size() == 1).getFirst().content());
        }
        assertEquals(1, aitu.sent("u5").size());
    }

    @Test
    void aLongAnswerIsCutToAitusLimit() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.message("u6", "long 9");
            var sent = aitu.await("u6", s -> s.size() == 3);
            sent.forEach(s -> assertTrue(s.content().length() <= 4096));
            assertFalse(sent.get(0).command().has("inlineCommandRows"));
            assertTrue(sent.get(2).command().has("inlineCommandRows"));
        }
    }

    @Test
    void theWebhookRefusesAMissingOrWrongSecretAndAnswersARepeatedUpdateOnce() throws Exception {
        var settings = webhookSettings();
        try (var web = new WebServer(); var bot = AituChannel.start(settings, core, db.jdbi(), web)) {
            web.start("127.0.0.1", 0);
            bot.registerWebhook();
            assertEquals("https://bot.example.org/aitu/hook/" + SECRET, aitu.webhook(), "the secret rides in the path");
            String body = "{\"updates\":[" + aitu.message("w1", "via webhook") + "]}";

            assertEquals(401, post(hook(web, null), body));
            assertEquals(403, post(hook(web, "wrong-secret-0123456789"), body));
            assertEquals(403, post(hook(web, SECRET + "x"), body));
            assertEquals(0, core.handled());

            assertEquals(200, post(hook(web, SECRET), body));
            assertEquals(200, post(hook(web, SECRET), body));
            aitu.await("w1", s -> s.size() == 1);
        }
        assertEquals("heard: via webhook", aitu.sent("w1").getFirst().content());
        assertEquals(1, aitu.sent("w1").size());
        assertEquals(1, core.handled());
    }

    @Test
    void theWebhookAnswers200OnlyOnceTheUpdateIsCommitted() throws Exception {
        CountDownLatch held = core.hold("slow");
        try (var web = new WebServer(); var bot = AituChannel.start(webhookSettings(), core, db.jdbi(), web);
             var client = HttpClient.newHttpClient()) {
            web.start("127.0.0.1", 0);
            String body = aitu.message("w2", "slow").toString(); // a bare update, as well as an UpdateResponse
            var answer = client.sendAsync(request(hook(web, SECRET), body), HttpResponse.BodyHandlers.discarding());
            Thread.sleep(300);
            assertFalse(answer.isDone(), "no answer while the update is not committed");
            assertEquals(0, core.handled());
            held.countDown();
            assertEquals(200, answer.get(30, TimeUnit.SECONDS).statusCode());
            assertEquals(1, core.handled());
        }
    }

    @Test
    void aWebhookSetWhilePollingIsRemovedWhenAituRefusesThePoll() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.message("w9", "before");
            aitu.await("w9", s -> s.size() == 1);
            aitu.setWebhookByHand("https://elsewhere.example.org/hook");
            aitu.message("w9", "after");
            aitu.await("w9", s -> s.size() == 2); // polling got 400, removed the webhook, and went on
        }
        assertEquals(null, aitu.webhook());
    }

    @Test
    void aRefusedTokenKeepsTheReplyInTheOutboxInsteadOfDroppingIt() throws Exception {
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.refuseSending(true);
            aitu.message("w10", "kept");
            long deadline = System.currentTimeMillis() + 10_000;
            int waiting = 0;
            while (waiting == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                waiting = db.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox where chat_id = :c")
                        .bind("c", FakeAitu.peer("w10")).mapTo(Integer.class).one());
            }
            assertEquals(1, waiting, "the reply waits while Aitu refuses the token");
            aitu.refuseSending(false);
            assertEquals("heard: kept", aitu.await("w10", s -> s.size() == 1).getFirst().content());
        }
    }

    @Test
    void pollingRemovesAWebhookAnEarlierRunLeft() throws Exception {
        try (var web = new WebServer(); var hooked = AituChannel.start(webhookSettings(), core, db.jdbi(), web)) {
            web.start("127.0.0.1", 0);
            hooked.registerWebhook();
        }
        assertTrue(aitu.webhook() != null);
        try (var bot = AituChannel.start(aitu.settings(), core, db.jdbi())) {
            aitu.message("w3", "polled");
            aitu.await("w3", s -> s.size() == 1);
        }
        assertEquals(null, aitu.webhook());
    }

    @Test
    void theAppealPdfIsUploadedAndSentAsADocumentAfterAnOutageWithItsButtonsStillShown() throws Exception {
        byte[] pdf = "%PDF-1.7 an appeal".getBytes(StandardCharsets.UTF_8);
        Core withDocument = (in, deliveryId, alongside) -> db.jdbi().inTransaction(h -> {
            List<Reply> out = List.of(new Reply("Өтініш дайын", List.of(List.of(new Button("Мәзір", "menu:main"))),
                    new Document("otinish-өтініш.pdf", "application/pdf", pdf)));
            alongside.accept(h, out);
            return out;
        });
        aitu.failUploads(1);
        try (var bot = AituChannel.start(aitu.settings(), withDocument, db.jdbi())) {
            aitu.message("d1", "done");
            var sent = aitu.await("d1", s -> s.size() == 2);
            var document = sent.get(0).command();
            assertEquals("DOCUMENT", document.at("/mediaList/0/mediaType").asText());
            assertFalse(document.has("inlineCommandRows"), "Aitu hides inline commands on a message with media");
            var upload = aitu.uploaded(document.at("/mediaList/0/fileId").asText());
            assertArrayEquals(pdf, upload.content());
            assertEquals("otinish-өтініш.pdf", upload.fileName());
            assertEquals("application/pdf", upload.contentType());
            assertEquals("Өтініш дайын", sent.get(1).content());
            assertEquals("menu:main", sent.get(1).command().at("/inlineCommandRows/0/0/metadata").asText());
        }
        int left = db.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox").mapTo(Integer.class).one());
        assertEquals(0, left, "the document left the outbox only once Aitu had it");
    }

    @Test
    void aWrongTokenIsSaidOnceAtStartWithWhatToDo() {
        var good = aitu.settings();
        var wrong = new AituSettings("not-the-token", good.apiUrl(), good.pollInterval());
        var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> AituChannel.start(wrong, core, db.jdbi()));
        assertTrue(refused.getMessage().contains("AITU_BOT_TOKEN"), refused.getMessage());
    }

    @Test
    void aWebhookAddressThatIsNotHttpsIsRefusedAtStartWithWhy() {
        var polling = aitu.settings();
        var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new AituSettings(polling.token(),
                polling.apiUrl(), polling.pollInterval(), URI.create("http://bot.example.org/aitu/hook"), SECRET));
        assertTrue(refused.getMessage().contains("https://"), refused.getMessage());
    }

    private static final String SECRET = "aitu-webhook-secret-0123";

    private AituSettings webhookSettings() {
        var polling = aitu.settings();
        return new AituSettings(polling.token(), polling.apiUrl(), polling.pollInterval(),
                URI.create("https://bot.example.org/aitu/hook"), SECRET);
    }

    private static URI hook(WebServer web, String secret) {
        return URI.create("http://127.0.0.1:" + web.port() + "/aitu/hook" + (secret == null ? "" : "/" + secret));
    }

    private static HttpRequest request(URI uri, String body) {
        return HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build();
    }

    private static int post(URI uri, String body) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request(uri, body), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    @Test
    void longButtonCaptionsAreShortenedVisibly() {
        assertEquals("Short", AituApi.caption("Short"));
        String cut = AituApi.caption("Өтінішті электрондық үкімет порталы арқылы жіберу");
        assertEquals(32, cut.length());
        assertTrue(cut.endsWith("…"));
    }
}
