package kz.otinish.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import kz.otinish.Assistant;
import kz.otinish.channel.Core;
import kz.otinish.channel.SendRate;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users talking to the real bot (dialog, FAQ index, embedded PostgreSQL) through the Telegram channel,
 * with the real telegrambots client against a fake Bot API on loopback.
 */
class TelegramConversationTest {
    private Database db;
    private Assistant assistant;
    private FakeTelegram telegram;

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        assistant = Assistant.start(ContentRoot.at(Path.of(".")), db);
        telegram = new FakeTelegram();
    }

    @AfterEach
    void stop() {
        telegram.close();
        assistant.close();
    }

    private TelegramChannel bot(Core core) {
        // The pace is not under test here (TelegramTransportTest covers it): users in these stories answer instantly.
        return TelegramChannel.start(telegram.settings(), core, db.jdbi(), assistant.texts(), null,
                new SendRate(100, 10, 300, 300, System::nanoTime));
    }

    private TelegramChannel bot() {
        return bot(assistant.dialog()::handle);
    }

    private static List<String> data(FakeTelegram.Call message) {
        List<String> data = new java.util.ArrayList<>();
        message.params().at("/reply_markup/inline_keyboard").forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
        return data;
    }

    /** What the dialog itself says to a fresh chat after {@code steps}: the channel must deliver exactly this. */
    private List<String> dialogSays(String... steps) {
        ChatRef other = new ChatRef("reference", "r" + System.nanoTime());
        List<Reply> last = List.of();
        for (String step : steps) {
            last = step.startsWith("button:")
                    ? assistant.dialog().handle(Incoming.button(other, step.substring(7)))
                    : assistant.dialog().handle(Incoming.text(other, step));
        }
        return last.stream().map(Reply::text).toList();
    }

    @Test
    void aNewUserChoosesKazakhByButtonAndGetsTheMenuInKazakh() throws Exception {
        try (var bot = bot()) {
            telegram.text(100, "/start");
            var choice = telegram.await(100, c -> c.size() == 1).getFirst();
            assertTrue(choice.text().contains("Тілді таңдаңыз") && choice.text().contains("Выберите язык"));
            assertEquals(List.of("lang:kk", "lang:ru"), data(choice));

            telegram.press(100, 7, "lang:kk");
            var menu = telegram.await(100, c -> c.size() >= 2 && c.getLast().text().contains("Басты мәзір")).getLast();
            assertTrue(data(menu).contains("menu:ask"), data(menu).toString());
            assertEquals(7, telegram.calls("editmessagereplymarkup").getFirst().params().path("message_id").asInt(),
                    "the language buttons, once used, are removed");
            assertEquals(1, telegram.calls("answercallbackquery").size());
        }
    }

    @Test
    void aRussianQuestionIsAnsweredFromTheFaqWithItsSourceInHtml() throws Exception {
        try (var bot = bot()) {
            telegram.text(101, "/start ru");
            int greeting = dialogSays("/start ru").size();
            telegram.await(101, c -> c.size() == greeting);
            int before = telegram.sent(101).size();
            telegram.text(101, "как отозвать обращение");
            var answer = telegram.await(101, c -> c.stream().skip(before).anyMatch(m -> m.text().contains("Источник:")));
            var reply = answer.stream().skip(before).filter(m -> m.text().contains("Источник:")).findFirst().get();
            assertTrue(reply.text().contains("Отозвать"), reply.text());
            assertEquals("html", reply.params().path("parse_mode").asText().toLowerCase());
        }
    }

    @Test
    void aWholeAppealIsWrittenInTelegramAndItsPdfArrivesAsADocument() throws Exception {
        long chat = 150;
        try (var bot = bot()) {
            // The whole conversation is queued at once: the channel must keep the chat's order by itself.
            telegram.text(chat, "/start ru");
            telegram.press(chat, 1, "menu:appeal");
            telegram.press(chat, 2, "appeal:pick:complaint");
            telegram.text(chat, "Отказ районного отдела образования в приёме сына в школу");
            telegram.text(chat, "05.03.2025");
            telegram.press(chat, 3, "appeal:suggest:2");
            telegram.text(chat, "О приёме ребёнка в школу");
            telegram.text(chat, "Сыну отказали в приёме в школу № 5 по месту жительства. Прошу пересмотреть решение.");
            telegram.press(chat, 4, "appeal:pick:self");
            telegram.text(chat, "Иванова");
            telegram.text(chat, "Анна");
            telegram.press(chat, 5, "appeal:skip");
            telegram.text(chat, "850715401236");
            telegram.text(chat, "010000, г. Астана, пр. Абая, д. 10, кв. 25");
            telegram.text(chat, "8 (701) 234-56-78");
            telegram.press(chat, 6, "appeal:pick:email");
            telegram.text(chat, "anna@mail.kz");
            telegram.document(chat, "решение.pdf", "application/pdf", 2 * 1024 * 1024);
            telegram.press(chat, 7, "appeal:files_done");
            telegram.press(chat, 8, "appeal:confirm");
            var sent = telegram.await(chat, c -> c.stream().anyMatch(m -> m.method().equals("senddocument")));
            String all = String.join("\n", sent.stream().map(FakeTelegram.Call::text).toList());
            assertTrue(all.contains("Файл принят: решение.pdf (2,0 МБ)"), all);
            assertTrue(all.contains("Проверьте обращение"), all);
            var pdf = sent.stream().filter(m -> m.method().equals("senddocument")).findFirst().get();
            assertTrue(pdf.params().path("document_name").asText().endsWith(".pdf"), pdf.params().toString());
            assertTrue(pdf.params().path("document_size").asLong() > 1000, "a real PDF, not an empty file");
        }
    }

    @Test
    void theLanguageCanBeSwitchedMidConversation() throws Exception {
        try (var bot = bot()) {
            telegram.text(102, "/start ru");
            telegram.await(102, c -> c.stream().anyMatch(m -> m.text().contains("Главное меню")));
            telegram.text(102, "/language");
            var choice = telegram.await(102, c -> data(c.getLast()).contains("lang:kk")).getLast();
            telegram.press(102, 9, "lang:kk");
            telegram.await(102, c -> c.getLast().text().contains("Басты мәзір"));
            assertEquals(dialogSays("/start ru", "/language", "button:lang:kk"),
                    telegram.sent(102).stream().skip(telegram.sent(102).indexOf(choice) + 1).map(FakeTelegram.Call::text).toList());
        }
    }

    @Test
    void everyDeepLinkReachesTheDialogAsTyped() throws Exception {
        List<String> links = List.of("/start kk", "/start ru", "/start faq-withdraw-appeal", "/start appeal", "/start akimat-almaty");
        try (var bot = bot()) {
            long chat = 200;
            for (String link : links) {
                chat++;
                telegram.text(chat, "/start ru"); // a returning user, so that each link shows its target at once
                int greeting = dialogSays("/start ru").size();
                telegram.await(chat, c -> c.size() == greeting);
                int before = telegram.sent(chat).size();
                telegram.text(chat, link);
                List<String> expected = dialogSays("/start ru", link);
                var sent = telegram.await(chat, c -> c.size() >= before + expected.size());
                assertEquals(expected, sent.stream().skip(before).map(FakeTelegram.Call::text).toList(), link);
            }
        }
        var kk = telegram.sent(201);
        assertTrue(kk.getLast().text().contains("Басты мәзір"), kk.getLast().text());
        assertTrue(telegram.sent(203).stream().anyMatch(m -> m.text().contains("Отозвать") || m.text().contains("отозвать")));
    }

    @Test
    void theCommandMenuIsPublishedInKazakhAndRussian() throws Exception {
        try (var bot = bot()) {
            telegram.awaitCall("setmycommands");
            while (telegram.calls("setmycommands").size() < 3) Thread.onSpinWait();
        }
        var calls = telegram.calls("setmycommands");
        var kk = calls.stream().filter(c -> c.params().path("language_code").asText().equals("kk")).findFirst().get();
        var ru = calls.stream().filter(c -> c.params().path("language_code").asText().equals("ru")).findFirst().get();
        assertEquals("Басты мәзір", kk.params().at("/commands/1/description").asText());
        assertEquals("Главное меню", ru.params().at("/commands/1/description").asText());
        assertEquals("menu", ru.params().at("/commands/1/command").asText());
    }

    @Test
    void aCrashAfterTheDialogCommittedLosesAndRepeatsNothing() throws Exception {
        telegram.sendingDown(true);
        ObjectNode update;
        try (var bot = bot((in, id, alongside) -> {
            List<Reply> replies = assistant.dialog().handle(in, id, alongside);
            telegram.updatesDown(true); // the process "dies" before the offset confirming this update is sent
            return replies;
        })) {
            update = telegram.text(300, "/start ru");
            telegram.awaitCall("getupdates-failed");
        }
        assertFalse(telegram.confirmed(update));
        assertTrue(telegram.sent(300).isEmpty());

        telegram.updatesDown(false);
        telegram.sendingDown(false);
        List<String> expected = dialogSays("/start ru");
        try (var bot = bot()) {
            telegram.await(300, c -> c.size() == expected.size());
            while (!telegram.confirmed(update)) Thread.onSpinWait();
        }
        assertEquals(expected, telegram.sent(300).stream().map(FakeTelegram.Call::text).toList());
    }

    @Test
    void theSameUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        ObjectNode update;
        try (var bot = bot()) {
            update = telegram.text(301, "/help");
            int help = dialogSays("/help").size();
            telegram.await(301, c -> c.size() == help);
        }
        int answered = telegram.sent(301).size();
        telegram.redeliver(update); // Telegram sends it again, as after a lost confirmation
        telegram.text(301, "/start ru");
        try (var bot = bot()) {
            telegram.await(301, c -> c.stream().anyMatch(m -> m.text().contains("Главное меню")));
        }
        assertEquals(answered + dialogSays("/start ru").size(), telegram.sent(301).size());
    }
}
