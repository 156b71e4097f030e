package kz.otinish.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import kz.otinish.Assistant;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "My appeals" as people use it: status, number, due date in working days, history, what to do now. */
class TrackingConversationTest {
    private static Database db;
    private static Assistant bot;
    private static final WorkCalendar CALENDAR = WorkCalendar.load(Path.of("knowledge-base"));

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
        bot = Assistant.start(ContentRoot.at(Path.of(".")), db);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private record User(ChatRef chat, List<Reply>[] last) {
        @SuppressWarnings("unchecked")
        static User named(String id, String lang) {
            User u = new User(new ChatRef("test", id), new List[] {List.of()});
            u.say("/start " + lang);
            return u;
        }

        User say(String text) {
            last[0] = bot.dialog().handle(Incoming.text(chat, text));
            return this;
        }

        User press(String data) {
            assertTrue(buttons().contains(data), () -> "no button " + data + " in " + buttons() + "\n" + text());
            last[0] = bot.dialog().handle(Incoming.button(chat, data));
            return this;
        }

        User pressFirst(String prefix) {
            return press(buttons().stream().filter(b -> b.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix + " in " + buttons())));
        }

        String text() {
            return String.join("\n", last[0].stream().map(Reply::text).filter(Objects::nonNull).toList());
        }

        List<String> buttons() {
            return last[0].stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).map(Button::data).toList();
        }

        User expect(String... fragments) {
            for (String f : fragments) assertTrue(text().contains(f), () -> "'" + f + "' not in:\n" + text());
            return this;
        }
    }

    private static String due(LocalDate registered) {
        return DueDate.after(registered, 15, CALENDAR).due().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    @Test
    void anAppealFiledElsewhereIsAddedWithItsNumberAndTheDueDateIsCountedInWorkingDays() {
        User u = User.named("elsewhere", "ru");
        u.press("menu:appeals").expect("У вас пока нет обращений");
        u.press("appeals:add").expect("Номер регистрации");
        u.say("ЖТ-2026-01234567").expect("Дата регистрации");
        u.say("31.02.2026").expect("Такой даты нет");
        u.say("вчера").expect("Куда подано");
        u.say("акимат Капчагая").expect("О чём обращение");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Almaty")).minusDays(1);
        u.say("Ремонт дороги во дворе").expect("Обращение добавлено", "Ремонт дороги во дворе", "№ ЖТ-2026-01234567",
                "«Зарегистрировано» (Тіркелді)", "ответ до " + due(yesterday), "История");
        assertTrue(u.buttons().stream().noneMatch(b -> b.startsWith("appeals:pdf:")), "no PDF for an appeal written elsewhere");
        u.say("/status ЖТ-2026-01234567").expect("Ремонт дороги во дворе", "Адресат: Аппарат акима города Конаев");
        u.say("/status 999").expect("Обращения с номером «999» среди ваших нет");
        u.pressFirst("appeals:show:").pressFirst("appeals:status:").expect("Что дальше");
    }

    @Test
    void anAppealWrittenInTheBotIsNotSubmittedUntilItsNumberIsGivenThenStatusesAndExtensionAreRecorded() {
        User u = User.named("written", "kk");
        u.press("menu:appeal").press("appeal:pick:request").say("Әділет министрлігі").say("Анықтама туралы");
        u.say("Соттылығы жоқ екені туралы анықтаманы қалай алуға болатынын хабарлауыңызды сұраймын.").press("appeal:pick:self");
        u.say("Ким").say("Ерлан").press("appeal:skip").press("appeal:skip").say("Қарағанды қ., Ерубаев к., 5");
        u.press("appeal:skip").press("appeal:pick:portal").press("appeal:skip").press("appeal:files_done").press("appeal:confirm");
        u.pressFirst("appeals:of:").expect("тіркеу нөмірі");
        u.press("appeals:skip").expect("Тіркелген күні");
        u.say("02.03.2026").expect("«Тіркелді»", "жауап", "27.03.2026");
        u.pressFirst("appeals:status:").expect("Тарихы");
        long id = db.jdbi().withHandle(h -> h.createQuery("select id from tracked_appeals where chat_id = 'written'").mapTo(Long.class).one());
        u.press("appeals:status:" + id + ":extended").expect("қай күнге дейін ұзартылды");
        u.say("01.01.2020").expect("өтіп кетті");
        LocalDate later = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(40);
        String shown = later.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        u.say(shown).expect("мерзімі ұзартылды", shown);
        u.press("appeals:status:" + id + ":done").expect("«Орындалды»", "шағымдануға болады");
        u.press("appeals:list").expect("Анықтама туралы — «Орындалды»");
        u.say("/forget").press("forget:yes");
        int tracked = db.jdbi().withHandle(h -> h.createQuery("select count(*) from tracked_appeals where chat_id = 'written'").mapTo(Integer.class).one());
        int orphans = db.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from tracked_appeal_events e where not exists (select 1 from tracked_appeals t where t.id = e.tracked_id)").mapTo(Integer.class).one());
        assertEquals(0, tracked, "/forget deletes the followed appeals");
        assertEquals(0, orphans, "and their history");
    }

    @Test
    void anOverdueAppealSaysHowToComplainAboutTheMissedTerm() {
        User u = User.named("late", "ru");
        u.press("menu:appeals").press("appeals:add").press("appeals:skip");
        u.say("05.01.2025").say("Министерство юстиции").say("Справка");
        u.expect("просрочено на рабочих днях", "Срок ответа прошёл", "пожаловаться на нарушение срока");
        u.pressFirst("appeals:complain:").expect("Начинаю жалобу", "В какой государственный орган");
        var draft = db.jdbi().withHandle(h -> kz.otinish.appeal.Drafts.find(h, u.chat()).orElseThrow());
        assertEquals("complaint", draft.answers().get("type"));
        assertTrue(draft.answers().get("challenged").startsWith("Нарушение срока рассмотрения обращения № — от 05.01.2025"), draft.answers().toString());
        assertEquals("addressee", draft.step());
    }
}
