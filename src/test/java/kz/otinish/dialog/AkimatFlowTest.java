package kz.otinish.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.otinish.Assistant;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Find an akimat" as a user goes through it in the chat, on the embedded PostgreSQL. */
class AkimatFlowTest {
    private static Assistant bot;
    private static int chats;

    @BeforeAll
    static void start() {
        bot = Assistant.start(ContentRoot.at(Path.of(".")), TestDatabase.fresh());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /** A new chat in {@code lang} that has opened "Find an akimat" from the main menu. */
    private static ChatRef inAkimatFlow(String lang) {
        ChatRef chat = new ChatRef("test", "akimat-" + (++chats));
        List<Reply> menu = bot.dialog().handle(Incoming.text(chat, "/start " + lang));
        assertTrue(data(menu).contains("menu:akimat"), "the main menu offers the finder");
        bot.dialog().handle(Incoming.button(chat, "menu:akimat"));
        return chat;
    }

    private static List<Reply> say(ChatRef chat, String text) {
        return bot.dialog().handle(Incoming.text(chat, text));
    }

    private static List<Reply> press(ChatRef chat, String data) {
        return bot.dialog().handle(Incoming.button(chat, data));
    }

    private static String text(List<Reply> replies) {
        return String.join("\n", replies.stream().map(Reply::text).toList());
    }

    private static List<String> data(List<Reply> replies) {
        return replies.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).map(Button::data).toList();
    }

    @Test
    void aDistrictGetsItsSearchPhraseAndTheRegionsAkimatToo() {
        ChatRef chat = inAkimatFlow("ru");
        String reply = text(say(chat, "в Карасайском районе"));
        assertTrue(reply.contains("<code>Аппарат акима Карасайского района</code>"), reply);
        assertTrue(reply.contains("<code>Қарасай ауданы әкімінің аппараты</code>"), reply);
        assertTrue(reply.contains("<code>Аппарат акима Алматинской области</code>"), reply);
        assertFalse(reply.contains("Официальный сайт"), "no site is invented for a district: " + reply);
        String next = text(say(chat, "Талдыкорган"));
        assertTrue(next.contains("Аппарат акима города Талдыкорган"), "the flow stays open for another place: " + next);
    }

    @Test
    void almatyAloneIsAskedAboutWithButtonsAndTheChoiceIsShown() {
        ChatRef chat = inAkimatFlow("ru");
        List<Reply> choice = say(chat, "Алматы");
        assertEquals(Set.of("akimat:almaty", "akimat:almaty-region"), Set.copyOf(data(choice)));
        String shown = text(press(chat, "akimat:almaty"));
        assertTrue(shown.contains("<code>Аппарат акима города Алматы</code>"), shown);
        assertTrue(shown.contains("https://www.gov.kz/memleket/entities/almaty"), shown);
    }

    @Test
    void anUnknownPlaceIsSaidSoAndTheRegionsAreOfferedWithTheirDistricts() {
        ChatRef chat = inAkimatFlow("kk");
        List<Reply> notFound = say(chat, "Москва");
        assertTrue(text(notFound).contains("таба алмадым"), text(notFound));
        assertEquals(20, data(notFound).size(), "17 regions and 3 cities of republican significance");
        List<String> labels = notFound.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).map(Button::label).toList();
        assertEquals(List.of("Алматы", "Астана", "Шымкент", "Абай облысы", "Ақмола облысы"), labels.subList(0, 5),
                "the three cities first, then the regions in alphabetical order: " + labels);
        assertEquals("Ұлытау облысы", labels.get(18), "Ұ sorts beside У: " + labels);
        List<Reply> abai = press(chat, "akimat:abai");
        assertTrue(text(abai).contains("<code>Абай облысы әкімінің аппараты</code>"), text(abai));
        assertTrue(data(abai).contains("akimat:semey"), "its cities and districts come as buttons");
        String semey = text(press(chat, "akimat:semey"));
        assertTrue(semey.contains("Семей қаласы әкімінің аппараты"), semey);
    }

    @Test
    void aFormerNameIsExplainedInTheUsersLanguage() {
        ChatRef chat = inAkimatFlow("kk");
        String reply = text(say(chat, "Капчагай"));
        assertTrue(reply.contains("«Капчагай» — бұрынғы атауы, қазір: Қонаев"), reply);
        assertTrue(reply.contains("<code>Қонаев қаласы әкімінің аппараты</code>"), reply);
    }

    @Test
    void aVillageThatIsADistrictCentreIsNamedInTheUsersLanguage() {
        ChatRef chat = inAkimatFlow("ru");
        String reply = text(say(chat, "Қаскелең"));
        assertTrue(reply.contains("«Каскелен» — районный центр"), reply);
        assertTrue(reply.contains("<b>Карасайский район</b> — Алматинская область"), reply);
    }

    @Test
    void aPlaceTypedInTheMainChatFindsItsAkimatAndAQuestionThatNamesOneStillGoesToTheFaq() {
        ChatRef chat = new ChatRef("test", "akimat-main-chat");
        say(chat, "/start kk");
        String city = text(say(chat, "әкімдік Қарағанды"));
        assertTrue(city.contains("<code>Қарағанды қаласы әкімінің аппараты</code>"), city);
        String district = text(say(chat, "где акимат Карасайского района"));
        assertTrue(district.contains("<code>Қарасай ауданы әкімінің аппараты</code>"), "the finder stays open: " + district);
        say(chat, "/menu");
        String question = text(say(chat, "акимат Алматы жауап бермеді, шағымды қалай беремін"));
        assertFalse(question.contains("әкімінің аппараты</code>"), "a question is not taken for a place: " + question);
        assertFalse(text(say(chat, "когда")).contains("<code>"), "an ordinary word a letter off a name (Кобда) is no place");
    }

    @Test
    void aQuestionOrSmallTalkAfterAPlaceGoesBackToTheMainChatInsteadOfBeingSearchedAsAPlace() {
        ChatRef chat = inAkimatFlow("ru");
        assertTrue(text(say(chat, "Капчагай")).contains("Конаев"));
        List<Reply> faq = say(chat, "как отозвать обращение");
        assertTrue(text(faq).contains("Источник:"), "the FAQ answers it: " + text(faq));
        assertFalse(text(faq).contains("Не нашёл такого места"));
        assertTrue(text(say(chat, "Талдыкорган")).contains("Талдыкорган"), "back in the main chat, a bare place still opens the finder");
        ChatRef other = inAkimatFlow("ru");
        say(other, "Талдыкорган");
        List<Reply> weather = say(other, "какая погода завтра");
        assertFalse(text(weather).contains("Не нашёл такого места"), text(weather));
        assertFalse(data(weather).stream().anyMatch(d -> d.startsWith("akimat:")), "no region buttons for the weather");
        assertTrue(text(say(other, "спасибо")).contains("Пожалуйста"), "thanks get thanks, not 'no such place'");
        ChatRef kk = inAkimatFlow("kk");
        say(kk, "Қарағанды");
        assertTrue(text(say(kk, "Шамалған")).contains("таба алмадым"), "a place not in the directory is still said not found");
    }

    @Test
    void aDeepLinkOpensTheFinderOnAPlace() {
        ChatRef chat = new ChatRef("test", "akimat-deeplink");
        say(chat, "/start ru");
        String reply = text(say(chat, "/start akimat-Taldykorgan"));
        assertTrue(reply.contains("Аппарат акима города Талдыкорган"), reply);
    }

    @Test
    void aStaleButtonIsSaidToBeStale() {
        ChatRef chat = inAkimatFlow("ru");
        List<Reply> reply = press(chat, "akimat:no-such-unit");
        assertTrue(text(reply).contains("устарела"), text(reply));
        assertFalse(data(reply).isEmpty(), "the main menu follows");
    }
}
