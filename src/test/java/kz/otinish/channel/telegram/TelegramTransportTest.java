package kz.otinish.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import kz.otinish.channel.EchoCore;
import kz.otinish.channel.http.WebServer;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Telegram transport against a fake Bot API on loopback, with the real telegrambots client: what
 * reaches Telegram, in which order, how often — whatever the network does. The dialog is stood in for
 * by {@link EchoCore}; the conversations themselves are in {@code TelegramConversationTest}.
 */
class TelegramTransportTest {
    private Database db;
    private FakeTelegram telegram;
    private EchoCore core;

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        telegram = new FakeTelegram();
        core = new EchoCore(db.jdbi());
    }

    @AfterEach
    void stop() {
        telegram.close();
        db.close();
    }

    private TelegramChannel channel() {
        return TelegramChannel.start(telegram.settings(), core, db.jdbi(), null, null);
    }

    @Test
    void aSecondPollerForTheSameBotOnTheSameDatabaseIsRefused() throws Exception {
        try (var first = channel()) {
            var refused = org.junit.jupiter.api.Assertions.assertThrows(kz.otinish.storage.Exclusive.Refused.class, this::channel);
            assertTrue(refused.getMessage().contains("another process already polls Telegram"), refused.getMessage());
        }
        try (var again = channel()) {
            assertTrue(again != null, "free again once the first one stopped");
        }
    }

    @Test
    void aLongAnswerArrivesInPartsCutBetweenParagraphsWithTheButtonsOnTheLast() throws Exception {
        try (var bot = channel()) {
            telegram.text(1, "long 9");
            var sent = telegram.await(1, c -> c.size() == 3);
            sent.forEach(m -> assertTrue(m.text().length() <= 4096));
            assertEquals("a".repeat(1000), sent.get(0).text().substring(0, 1000));
            assertTrue(sent.get(2).text().endsWith("i".repeat(1000)));
            assertFalse(sent.get(0).params().has("reply_markup"));
            assertEquals("echo:ok", sent.get(2).params().at("/reply_markup/inline_keyboard/0/0/callback_data").asText());
            assertEquals("html", sent.get(2).params().path("parse_mode").asText().toLowerCase());
        }
    }

    @Test
    void oneChatsRepliesKeepTheOrderOfItsMessages() throws Exception {
        try (var bot = channel()) {
            for (int i = 1; i <= 5; i++) telegram.text(2, "message " + i);
            var sent = telegram.await(2, c -> c.size() == 5);
            for (int i = 1; i <= 5; i++) assertEquals("heard: message " + i, sent.get(i - 1).text());
        }
    }

    @Test
    void aSlowChatDoesNotHoldUpAnother() throws Exception {
        var slow = core.hold("slow question");
        try (var bot = channel()) {
            telegram.text(3, "slow question");
            telegram.text(4, "quick question");
            assertEquals("heard: quick question", telegram.await(4, c -> c.size() == 1).getFirst().text());
            assertTrue(telegram.sent(3).isEmpty());
            slow.countDown();
            telegram.await(3, c -> c.size() == 1);
        }
    }

    @Test
    void tooManyRequestsIsObeyedAndTheMessageStillArrivesOnce() throws Exception {
        telegram.answerTooManyRequests(1);
        try (var bot = channel()) {
            telegram.text(5, "hello");
            var sent = telegram.await(5, c -> c.size() == 1);
            var refused = telegram.calls("429").getFirst();
            Duration waited = Duration.between(refused.at(), sent.getFirst().at());
            assertTrue(waited.compareTo(Duration.ofMillis(950)) >= 0, "resent after only " + waited);
            assertEquals("heard: hello", sent.getFirst().text());
        }
        assertEquals(1, telegram.sent(5).size());
    }

    @Test
    void aCrashBetweenHandlingAndConfirmingLosesAndRepeatsNothing() throws Exception {
        telegram.sendingDown(true);
        // Right after the commit the network goes: the offset that would confirm the update never arrives.
        core.afterCommit(() -> telegram.updatesDown(true));
        ObjectNode update;
        try (var bot = channel()) {
            update = telegram.text(6, "are you there?");
            telegram.awaitCall("getupdates-failed");
        }
        assertFalse(telegram.confirmed(update), "Telegram still holds the update");
        assertTrue(telegram.sent(6).isEmpty(), "no reply got through before the crash");
        assertEquals(1, core.handled());

        core.afterCommit(() -> {});
        telegram.updatesDown(false);
        telegram.sendingDown(false);
        try (var bot = channel()) {
            telegram.await(6, c -> c.size() == 1);
            while (!telegram.confirmed(update)) Thread.onSpinWait();
        }
        assertEquals(List.of("heard: are you there?"), telegram.sent(6).stream().map(FakeTelegram.Call::text).toList());
        assertEquals(1, core.handled());
    }

    @Test
    void aPressedButtonIsAnsweredItsKeyboardRemovedAndTheDataPassedOn() throws Exception {
        try (var bot = channel()) {
            telegram.press(7, 55, "appeal:start");
            assertEquals("heard: button appeal:start", telegram.await(7, c -> c.size() == 1).getFirst().text());
            assertEquals(1, telegram.calls("answercallbackquery").size());
            var edit = telegram.calls("editmessagereplymarkup").getFirst();
            assertEquals(55, edit.params().path("message_id").asInt());
            assertFalse(edit.params().has("reply_markup") && !edit.params().get("reply_markup").isNull());
        }
    }

    @Test
    void aFileTheUserSendsReachesTheDialogAsNameTypeAndSize() throws Exception {
        try (var bot = channel()) {
            telegram.document(8, "арыз.pdf", "application/pdf", 12345);
            assertEquals("heard: file арыз.pdf application/pdf 12345", telegram.await(8, c -> c.size() == 1).getFirst().text());
            assertFalse(telegram.calls("sendchataction").isEmpty(), "the user saw \"typing…\"");
        }
    }

    @Test
    void theWebhookRefusesAMissingOrWrongSecretAndAnswersARepeatedUpdateOnce() throws Exception {
        var settings = new TelegramSettings(FakeTelegram.TOKEN, telegram.url(),
                URI.create("https://bot.example.org/telegram/hook"), "right-secret", 5);
        try (var web = new WebServer(); var bot = TelegramChannel.start(settings, core, db.jdbi(), null, web)) {
            web.start("127.0.0.1", 0);
            bot.registerWebhook(settings);
            assertEquals("right-secret", telegram.calls("setwebhook").getFirst().params().path("secret_token").asText());
            URI hook = URI.create("http://127.0.0.1:" + web.port() + "/telegram/hook");
            ObjectNode update = telegram.text(9, "via webhook");
            String body = update.toString();

            assertEquals(401, post(hook, body, null));
            assertEquals(403, post(hook, body, "wrong-secret"));
            assertEquals(403, post(hook, body, "right-secret-but-longer"));
            assertEquals(0, core.handled());
            assertEquals(400, post(hook, "null", "right-secret"), "a null body is a bad request, not a 500 and a stack trace");

            assertEquals(200, post(hook, body, "right-secret"));
            assertEquals(200, post(hook, body, "right-secret"));
            telegram.await(9, c -> c.size() == 1);
        }
        assertEquals(1, telegram.sent(9).size());
        assertEquals(1, core.handled());
    }

    private static int post(URI uri, String body, String secret) throws Exception {
        var request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (secret != null) request.header(TelegramChannel.SECRET_HEADER, secret);
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
