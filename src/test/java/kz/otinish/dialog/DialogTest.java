package kz.otinish.dialog;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import kz.otinish.Assistant;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conversations with the dialog core, as any channel drives it, on the embedded PostgreSQL. */
class DialogTest {
    private String url;
    private Database db;
    private Assistant bot;
    private final ChatRef chat = new ChatRef("test", "42");

    @BeforeEach
    void start() {
        url = TestDatabase.freshUrl();
        db = TestDatabase.at(url);
        bot = Assistant.start(ContentRoot.at(Path.of(".")), db);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private List<Reply> say(String text) {
        return bot.dialog().handle(Incoming.text(chat, text));
    }

    private List<Reply> press(String data) {
        return bot.dialog().handle(Incoming.button(chat, data));
    }

    private static String all(List<Reply> replies) {
        return String.join("\n", replies.stream().map(Reply::text).toList());
    }

    private static List<String> buttonData(List<Reply> replies) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).map(Button::data).toList();
    }

    @Test
    void aNewUserIsAskedForTheLanguageInBothLanguagesThenSeesTheMenuInIt() {
        List<Reply> first = say("/start");
        assertTrue(all(first).contains("Тілді таңдаңыз") && all(first).contains("Выберите язык"));
        assertEquals(List.of("lang:kk", "lang:ru"), buttonData(first));
        List<Reply> chosen = press("lang:kk");
        assertTrue(all(chosen).contains("Басты мәзір"), all(chosen));
        assertTrue(buttonData(chosen).containsAll(List.of("menu:ask", "menu:lang", "menu:help")));
    }

    @Test
    void aQuestionTypedBeforeChoosingTheLanguageIsAnsweredRightAfter() {
        say("как отозвать обращение?");
        List<Reply> replies = press("lang:ru");
        assertTrue(all(replies).contains("Как отозвать обращение"), all(replies));
    }

    @Test
    void aRussianQuestionGetsTheAnswerWithItsSource() {
        say("/start ru");
        String answer = all(say("как отозвать обращение"));
        assertTrue(answer.contains("Отозвать"), answer);
        assertTrue(answer.contains("Источник:"), answer);
    }

    @Test
    void anAnswerOffersTheTopicsRatedNearlyAsHighAndOneTapShowsThem() {
        say("/start ru");
        // Questions whose words two entries share; whichever of them the search answers with topics under it.
        String question = java.util.stream.Stream.of("что делать после подачи", "ответ не устроил, что дальше", "куда идти в центре")
                .filter(q -> bot.faq().current().search(q).answered() && !bot.faq().current().search(q).suggestions().isEmpty())
                .findFirst().orElseThrow();
        var result = bot.faq().current().search(question);
        List<Reply> replies = say(question);
        assertTrue(all(replies).contains(result.answer().orElseThrow().in(kz.otinish.Lang.RU).question()), all(replies));
        assertTrue(all(replies).contains("Если вы спрашивали о другом"), all(replies));
        String other = result.suggestions().getFirst().id();
        assertTrue(buttonData(replies).contains("ask:" + other), buttonData(replies).toString());
        assertTrue(buttonData(replies).contains("ask:vote:down:" + result.answer().orElseThrow().id()), "the votes stay");
        String shown = all(press("ask:" + other));
        assertTrue(shown.contains(result.suggestions().getFirst().in(kz.otinish.Lang.RU).question()), shown);
    }

    @Test
    void aThumbDownOffersTheOtherClosestTopicsAndAPerson() {
        say("/start ru");
        say("можно ли подать жалобу за отца по доверенности");
        String shown = bot.faq().current().search("можно ли подать жалобу за отца по доверенности").answer().orElseThrow().id();
        List<Reply> sorry = press("ask:vote:down:" + shown);
        assertTrue(all(sorry).contains("Возможно, вы спрашивали") && all(sorry).contains("1414"), all(sorry));
        List<String> topics = buttonData(sorry).stream().filter(d -> d.startsWith("ask:") && !d.startsWith("ask:vote:")).toList();
        assertFalse(topics.isEmpty(), buttonData(sorry).toString());
        assertFalse(topics.contains("ask:" + shown), "not the answer that did not help");
        assertTrue(all(press(topics.getFirst())).contains("Источник:"), "one tap shows the topic");
        assertTrue(all(press("ask:vote:down:" + shown)).contains("Попробуйте спросить другими словами"),
                "a vote with no question before it (already answered) says so and points to a person");
    }

    @Test
    void anOffTopicQuestionIsNotGuessedAndPointsToHumanHelp() {
        say("/start ru");
        String reply = all(say("какая погода будет завтра в астане, перезвоните на 87011234567"));
        assertTrue(reply.contains("1414"), reply);
        assertFalse(reply.contains("Источник:"), reply);
        List<String> logged = db.jdbi().withHandle(h -> h.createQuery("select question from unanswered_questions").mapTo(String.class).list());
        assertEquals(List.of("какая погода будет завтра в астане, перезвоните на ‹phone›"), logged, "kept for admins, without the phone");
    }

    @Test
    void theSameDeliveryHandledTwiceRepliesOnce() {
        bot.dialog().handle(Incoming.text(chat, "/start kk"), "1");
        List<Reply> once = bot.dialog().handle(Incoming.text(chat, "/help"), "2");
        List<Reply> again = bot.dialog().handle(Incoming.text(chat, "/help"), "2");
        assertFalse(once.isEmpty());
        assertEquals(List.of(), again);
    }

    @Test
    void aNulCharacterInATextIsDroppedAndTheMessageAnsweredNotLost() {
        say("/start ru");
        String answer = all(say("как отозвать\u0000 обращение"));
        assertTrue(answer.contains("Источник:"), answer);
        assertFalse(answer.contains("произошла ошибка"), answer);
    }

    @Test
    void forgetAnsweredNoKeepsEverythingInEitherLanguageAndBeforeOne() {
        assertTrue(all(say("/forget")).contains("Продолжить?"), "before a language: both languages");
        List<Reply> kept = press("forget:no");
        assertTrue(all(kept).contains("ештеңе өшірілген жоқ") && all(kept).contains("ничего не удалено"), all(kept));
        say("/start ru");
        say("/forget");
        assertEquals("Хорошо, ничего не удалено.", all(press("forget:no")));
        say("/start kk");
        say("/forget");
        assertEquals("Жақсы, ештеңе өшірілген жоқ.", all(say("Жоқ")), "the button's label typed acts as the button");
        assertEquals("kk", db.jdbi().withHandle(h -> h.createQuery("select lang from users where chat_id = '42'").mapTo(String.class).one()));
    }

    @Test
    void menuItemsTypedInsteadOfPressedWorkAndBackGoesAQuestionBackThenToTheMenu() {
        say("/start ru");
        assertTrue(all(say("Мои обращения")).contains("У вас пока нет обращений"));
        assertTrue(all(say("өтініш жазу")).contains("Вопрос 1 из"), "the Kazakh words open the same item");
        assertTrue(buttonData(say("Жалоба")).contains("appeal:back"), "from the second question on, a button goes back");
        String back = all(say("назад"));
        assertTrue(back.contains("Какое обращение") && back.contains("Текущий ответ: Жалоба"), "'назад' is the question before, with its answer: " + back);
        assertTrue(buttonData(say("назад")).contains("menu:appeal"), "before the first question, 'назад' shows the main menu");
        assertTrue(all(say("написать обращение")).contains("вы остановились на вопросе"), "the draft is still there");
        say("/menu");
        assertTrue(buttonData(say("хочу написать жалобу на акимат")).contains("menu:appeal"), "a wish to write gets the form's button");
        assertTrue(buttonData(say("akimatqa shagym jazgym keledi")).contains("menu:appeal"), "in Kazakh, in Latin too");
        assertFalse(buttonData(say("как написать жалобу")).contains("menu:appeal"), "a question about how gets the answer alone");
    }

    @Test
    void aDeepLinkToAnEntryWaitsForTheLanguageThenShowsIt() {
        List<Reply> first = say("/start faq-withdraw-appeal");
        assertEquals(List.of("lang:kk", "lang:ru"), buttonData(first));
        String shown = all(press("lang:kk"));
        assertTrue(shown.contains("Дереккөз:"), shown);
    }

    @Test
    void forgetDeletesEverythingAfterConfirmation() {
        say("/start ru");
        say("какая погода в астане");
        List<Reply> confirm = say("/forget");
        assertEquals(List.of("forget:yes", "forget:no"), buttonData(confirm));
        assertEquals(List.of("forget:yes", "forget:no"), buttonData(say("Удалите мои данные!")), "said in words, on a shared device");
        press("forget:yes");
        int users = db.jdbi().withHandle(h -> h.createQuery("select count(*) from users").mapTo(Integer.class).one());
        int questions = db.jdbi().withHandle(h -> h.createQuery("select count(*) from unanswered_questions").mapTo(Integer.class).one());
        assertEquals(0, users);
        assertEquals(0, questions);
        assertTrue(all(say("/start")).contains("Выберите язык"));
    }

    @Test
    void theLanguageSurvivesARestart() {
        say("/start kk");
        try (Assistant again = Assistant.start(ContentRoot.at(Path.of(".")), TestDatabase.at(url))) {
            String reply = all(again.dialog().handle(Incoming.text(chat, "/menu")));
            assertTrue(reply.contains("Басты мәзір"), reply);
        }
    }

    @Test
    void anUnknownCommandIsExplainedInTheUsersLanguage() {
        say("/start ru");
        assertTrue(all(say("/foo")).contains("Такой команды нет"));
    }
}
