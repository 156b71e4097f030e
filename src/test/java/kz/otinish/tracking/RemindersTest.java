package kz.otinish.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import kz.otinish.Assistant;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Incoming;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deadline reminders go out once, through the outbox, at a decent hour, only for appeals still awaiting an answer. */
class RemindersTest {
    private static final Set<String> MESSENGERS = Set.of("telegram");
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private Database db;
    private Assistant bot;

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        bot = Assistant.start(ContentRoot.at(Path.of(".")), db);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    /** A Telegram user who adds an appeal registered on {@code registered}; returns its id. */
    private long follow(String chatId, String registered) {
        ChatRef chat = new ChatRef("telegram", chatId);
        for (String text : List.of("/start ru", "/status")) bot.dialog().handle(Incoming.text(chat, text));
        bot.dialog().handle(Incoming.button(chat, "appeals:add"));
        for (String text : List.of("ЖТ-" + chatId, registered, "Министерство юстиции", "Справка о несудимости")) {
            bot.dialog().handle(Incoming.text(chat, text));
        }
        return db.jdbi().withHandle(h -> h.createQuery("select id from tracked_appeals where chat_id = :c").bind("c", chatId).mapTo(Long.class).one());
    }

    private int send(String localDateTime) {
        return Reminders.send(db.jdbi(), bot.texts(), bot.calendar(), MESSENGERS, ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), ALMATY));
    }

    private List<String> outbox(String chatId) {
        return db.jdbi().withHandle(h -> h.createQuery("select reply->>'text' from outbox where chat_id = :c order by id").bind("c", chatId).mapTo(String.class).list());
    }

    @Test
    void twoWorkingDaysBeforeTheDueDateAndTheDayAfterItEachReminderGoesOutOnce() {
        follow("r1", "02.03.2026"); // due 27.03.2026
        assertEquals(0, send("2026-03-16T10:00"), "six working days before: nothing yet");
        assertEquals(1, send("2026-03-20T10:00"), "two working days before: Nauryz's days off lie between");
        assertEquals(0, send("2026-03-26T15:00"), "once");
        assertEquals(1, send("2026-03-30T10:00"), "the first working day after the term");
        assertEquals(0, send("2026-04-02T10:00"));
        List<String> sent = outbox("r1");
        assertEquals(2, sent.size());
        assertTrue(sent.get(0).contains("27.03.2026") && sent.get(0).contains("рабочих дней осталось: 2"), sent.get(0));
        assertTrue(sent.get(1).contains("прошёл 27.03.2026") && sent.get(1).contains("пожаловаться на нарушение срока"), sent.get(1));
    }

    @Test
    void anAppealWrittenInTheBotAndNotReportedSubmittedIsAskedAboutOnceMoreADayLater() {
        ChatRef chat = new ChatRef("telegram", "written");
        bot.dialog().handle(Incoming.text(chat, "/start ru"));
        db.jdbi().useHandle(h -> h.createUpdate("insert into appeals (channel, chat_id, lang, filed_on, answers) "
                + "values ('telegram', 'written', 'ru', :today, cast('{\"subject\":\"Свет во дворе\"}' as jsonb))")
                .bind("today", LocalDate.now(ALMATY)).execute());
        bot.dialog().handle(Incoming.text(chat, "/status")); // the list follows it from now on
        String tomorrow = LocalDate.now(ALMATY).plusDays(1) + "T10:00";
        assertEquals(0, send(LocalDate.now(ALMATY) + "T10:00"), "not on the day it was written");
        assertEquals(1, send(tomorrow));
        assertEquals(0, send(tomorrow), "once");
        assertTrue(outbox("written").getFirst().contains("Вы подали обращение «Свет во дворе»"), outbox("written").toString());
    }

    @Test
    void noneAtNightItWaitsForTheMorning() {
        follow("r2", "02.03.2026");
        assertEquals(0, send("2026-03-26T22:30"));
        assertEquals(0, send("2026-03-27T06:59"));
        assertEquals(1, send("2026-03-27T09:00"));
    }

    @Test
    void twoBotProcessesOnOneDatabaseSendEachReminderOnce() throws Exception {
        for (int i = 0; i < 20; i++) follow("many" + i, "02.03.2026");
        Callable<Integer> instance = () -> send("2026-03-26T10:00");
        var pool = Executors.newFixedThreadPool(2);
        int total = pool.invokeAll(List.of(instance, instance)).stream().mapToInt(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).sum();
        pool.shutdown();
        assertEquals(20, total);
        int queued = db.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox where chat_id like 'many%'").mapTo(Integer.class).one());
        assertEquals(20, queued, "one reminder per appeal, whichever process took it");
    }

    @Test
    void aWithdrawnAppealOrOneWithRemindersOffGetsNone() {
        long withdrawn = follow("r3", "02.03.2026");
        bot.dialog().handle(Incoming.button(new ChatRef("telegram", "r3"), "appeals:status:" + withdrawn + ":withdrawn"));
        long quiet = follow("r4", "02.03.2026");
        bot.dialog().handle(Incoming.button(new ChatRef("telegram", "r4"), "appeals:remind:" + quiet));
        assertEquals(0, send("2026-03-26T10:00"));
        assertEquals(0, send("2026-03-30T10:00"));
    }

    @Test
    void anExtendedTermEarnsItsOwnReminders() {
        long id = follow("r5", "02.03.2026");
        assertEquals(1, send("2026-03-26T10:00"));
        ChatRef chat = new ChatRef("telegram", "r5");
        bot.dialog().handle(Incoming.button(chat, "appeals:status:" + id + ":extended"));
        LocalDate extended = LocalDate.now(ALMATY).plusDays(60);
        bot.dialog().handle(Incoming.text(chat, extended.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        assertEquals(extended, db.jdbi().withHandle(h -> h.createQuery("select due_on from tracked_appeals where id = :id").bind("id", id).mapTo(LocalDate.class).one()));
        assertEquals(0, send("2026-03-30T10:00"), "not late: the new term is still ahead");
        assertEquals(1, send(extended.plusDays(7) + "T10:00"), "late again after the new term: a reminder of its own");
    }
}
