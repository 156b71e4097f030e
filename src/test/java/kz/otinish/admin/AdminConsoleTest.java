package kz.otinish.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.otinish.Assistant;
import kz.otinish.channel.http.WebServer;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin signing in to the console with the bot's one-time link, and everyone else kept out, over real HTTP. */
class AdminConsoleTest {
    private static final ChatRef ADMIN = new ChatRef("telegram", "1001");
    private static final ChatRef CITIZEN = new ChatRef("telegram", "2002");
    private static final Pattern LINK = Pattern.compile("(http://\\S+/admin/sign-in\\?token=([A-Za-z0-9_-]+))");

    private Database db;
    private Assistant assistant;
    private WebServer web;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        assistant = Assistant.start(ContentRoot.at(Path.of(".")), db);
        web = new WebServer();
        AdminCommand.console(Map.of("ADMIN_IDS", "telegram:1001", "ADMIN_URL", "http://console.test/"), db.jdbi(),
                assistant.texts(), assistant.faq()::current, assistant.dialog(), web);
        web.start("127.0.0.1", 0);
        for (ChatRef chat : List.of(ADMIN, CITIZEN)) assistant.dialog().handle(Incoming.text(chat, "/start ru"));
    }

    @AfterEach
    void stop() {
        web.close();
        http.close();
        assistant.close();
    }

    @Test
    void anAdminSignsInWithTheBotsLinkOnceAndSeesTheOverview() throws Exception {
        String token = linkFromTheBot();
        var page = get("/admin/sign-in?token=" + token, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"token\" value=\"" + token + "\""), "a button to press, the link not yet spent");
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));

        var signedIn = post("/admin/sign-in", "token=" + token, null);
        assertEquals(303, signedIn.statusCode());
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Path=/admin"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        var overview = get("/admin", cookie);
        assertEquals(200, overview.statusCode());
        assertTrue(overview.body().contains("Пользователи: всего 2"), overview.body());

        assertEquals(403, post("/admin/sign-in", "token=" + token, null).statusCode(), "a link opens once");
    }

    @Test
    void nobodyElseGetsInNorLearnsThatTheConsoleIsThere() throws Exception {
        var page = get("/admin", null);
        assertEquals(403, page.statusCode());
        assertFalse(page.body().contains("/admin/unanswered"), "no navigation for strangers");
        assertEquals(403, get("/admin/try?q=x", "otinish_admin=forged").statusCode());

        List<Reply> citizen = assistant.dialog().handle(Incoming.text(CITIZEN, "/admin"));
        assertFalse(citizen.stream().anyMatch(r -> r.text().contains("/admin/sign-in")));
        assertEquals(assistant.texts().get(kz.otinish.Lang.RU, "dialog.unknown_command"), citizen.getFirst().text(),
                "an unknown command like any other");

        assertEquals(403, post("/admin/sign-in", "token=made-up", null).statusCode());
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        String token = linkFromTheBot();
        db.jdbi().useHandle(h -> h.execute("update admin_links set expires_at = now() - interval '1 second'"));
        assertEquals(403, post("/admin/sign-in", "token=" + token, null).statusCode());
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedAndWithItTheLanguageChanges() throws Exception {
        String cookie = signIn();
        assertEquals(403, post("/admin/lang", "csrf=wrong", cookie).statusCode());
        assertEquals(403, post("/admin/lang", "", cookie).statusCode());
        String csrf = csrfOf(get("/admin", cookie).body());
        assertEquals(303, post("/admin/lang", "csrf=" + csrf, cookie).statusCode());
        assertTrue(get("/admin", cookie).body().contains("Шолу"), "the console now speaks Kazakh");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String cookie = signIn();
        String csrf = csrfOf(get("/admin", cookie).body());
        assertEquals(200, post("/admin/sign-out", "csrf=" + csrf, cookie).statusCode());
        assertEquals(403, get("/admin", cookie).statusCode());
    }

    @Test
    void tryingAQuestionShowsTheAnswerWhyAndTheTokens() throws Exception {
        String cookie = signIn();
        var page = get("/admin/try?q=" + URLEncoder.encode("как отозвать обращение", StandardCharsets.UTF_8), cookie);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("withdraw-appeal"), page.body());
        assertTrue(page.body().contains("ru: <code>") && page.body().contains("отозва"), "the Russian analysis is shown");
        var escaped = get("/admin/try?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8), cookie);
        assertFalse(escaped.body().contains("<script>alert(1)"), "what an admin types is shown as text");
    }

    @Test
    void unansweredQuestionsWithTheSameWordsAreOneGroupMostAskedFirst() throws Exception {
        assistant.dialog().handle(Incoming.text(CITIZEN, "Какая погода завтра?"));
        assistant.dialog().handle(Incoming.text(CITIZEN, "завтра какая погода"));
        assistant.dialog().handle(Incoming.text(CITIZEN, "какая погода завтра"));
        assistant.dialog().handle(Incoming.text(ADMIN, "рецепт бешбармака"));
        String body = get("/admin/unanswered", signIn()).body();
        int weather = body.indexOf("какая погода завтра");
        assertTrue(weather > 0 && weather < body.indexOf("рецепт бешбармака"), body);
        assertTrue(body.contains("завтра какая погода"), "the other wording is shown beside it");
        assertTrue(body.contains("<td class=\"n\">3</td>"), "asked three times in all: " + body);
    }

    @Test
    void forgetRemovesAnAdminsLinksAndSessions() throws Exception {
        signIn();
        assistant.dialog().handle(Incoming.text(ADMIN, "/forget"));
        assistant.dialog().handle(Incoming.button(ADMIN, "forget:yes"));
        int left = db.jdbi().withHandle(h -> h.createQuery(
                "select (select count(*) from admin_links) + (select count(*) from admin_sessions)").mapTo(Integer.class).one());
        assertEquals(0, left);
    }

    @Test
    void anEditIsADraftUntilPublishedThenServedAndRolledBack() throws Exception {
        String cookie = signIn();
        String phrase = "передумала насчёт своей бумаги в акимат, как её забрать";
        var form = get("/admin/entries/withdraw-appeal", cookie);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"ru_phrasings\""), form.body());
        String csrf = csrfOf(form.body());
        Map<String, String> fields = fieldsOf(form.body());
        fields.put("ru_phrasings", fields.get("ru_phrasings") + "\n" + phrase);
        fields.put("csrf", csrf);

        var saved = post("/admin/entries/withdraw-appeal", encode(fields), cookie);
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(get("/admin/entries", cookie).body().contains("class=\"draft\""), "a draft waits to be published");
        assertTrue(get("/admin/try?draft=1&q=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8), cookie).body()
                .contains("withdraw-appeal"), "the draft answers the new phrasing");

        assertEquals(303, post("/admin/publish", "csrf=" + csrf, cookie).statusCode());
        for (int i = 0; i < 200 && !answered(phrase, "withdraw-appeal"); i++) Thread.sleep(50);
        assertTrue(answered(phrase, "withdraw-appeal"), "the bot serves the published version");
        String history = get("/admin/history", cookie).body();
        assertTrue(history.contains("withdraw-appeal"), "the history says which entry changed: " + history);
        long edited = assistant.knowledgeVersions().published().orElseThrow();
        String diff = get("/admin/history/" + edited, cookie).body();
        List<String> changed = diff.lines().filter(l -> l.startsWith("<span class=\"add\">") || l.startsWith("<span class=\"del\">")).toList();
        assertEquals(1, changed.size(), "one phrasing added, one line changed: " + changed);
        assertTrue(changed.getFirst().contains(phrase), changed.getFirst());
        assertEquals(404, get("/admin/history/99999", cookie).statusCode());

        long first = assistant.knowledgeVersions().history(100).getLast().id();
        assertEquals(303, post("/admin/rollback", "csrf=" + csrf + "&version=" + first, cookie).statusCode());
        for (int i = 0; i < 200 && assistant.knowledgeVersions().published().orElseThrow() != first; i++) Thread.sleep(50);
        assertEquals(first, assistant.knowledgeVersions().published().orElseThrow());
    }

    @Test
    void anInvalidEditIsShownWithItsProblemKeepsWhatWasTypedAndSavesNothing() throws Exception {
        String cookie = signIn();
        var form = get("/admin/entries/withdraw-appeal", cookie);
        Map<String, String> fields = fieldsOf(form.body());
        fields.put("csrf", csrfOf(form.body()));
        fields.put("kk_button", "Өтінішті кері қайтарып алу туралы өте ұзын жазу");
        var refused = post("/admin/entries/withdraw-appeal", encode(fields), cookie);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("class=\"problems\"") && refused.body().contains("Өтінішті кері қайтарып алу туралы өте ұзын жазу"),
                refused.body());
        assertTrue(assistant.knowledgeVersions().draft().isEmpty(), "nothing saved");
        fields.remove("csrf");
        assertEquals(403, post("/admin/entries/withdraw-appeal", encode(fields), cookie).statusCode(), "no form token, no change");
    }

    @Test
    void anUnansweredQuestionBecomesAPhrasingInOneClick() throws Exception {
        assistant.dialog().handle(Incoming.text(CITIZEN, "ертең ауа райы қандай болады"));
        String cookie = signIn();
        String page = get("/admin/unanswered", cookie).body();
        assertTrue(page.contains("action=\"/admin/unanswered/phrasing\""), page);
        String csrf = csrfOf(page);
        assertEquals(303, post("/admin/unanswered/phrasing", "csrf=" + csrf + "&entry=withdraw-appeal&question="
                + URLEncoder.encode("ертең ауа райы қандай болады", StandardCharsets.UTF_8), cookie).statusCode());
        var draft = assistant.knowledgeVersions().draft().orElseThrow();
        var fields = kz.otinish.knowledge.EntryEdit.read(assistant.knowledgeVersions().files(draft.id()), "withdraw-appeal").orElseThrow();
        assertTrue(fields.get(kz.otinish.Lang.KK).phrasings().contains("ертең ауа райы қандай болады"));
        assertEquals("telegram:1001", draft.author());
    }

    @Test
    void everyAnswerCanBeRatedAndAThumbDownShowsItsQuestionMaskedToAdminsUntilForgotten() throws Exception {
        List<Reply> answer = assistant.dialog().handle(Incoming.text(CITIZEN, "как отозвать обращение 870412300415"));
        List<String> data = answer.getFirst().buttons().stream().flatMap(List::stream).map(kz.otinish.dialog.Button::data).toList();
        assertTrue(data.contains("ask:vote:down:withdraw-appeal") && data.contains("ask:vote:up:withdraw-appeal"), data.toString());
        List<Reply> sorry = assistant.dialog().handle(Incoming.button(CITIZEN, "ask:vote:down:withdraw-appeal"));
        assertTrue(sorry.getFirst().text().contains("1414"), "a 👎 is pointed to a person: " + sorry.getFirst().text());
        assistant.dialog().handle(Incoming.text(ADMIN, "как отозвать обращение"));
        assistant.dialog().handle(Incoming.button(ADMIN, "ask:vote:up:withdraw-appeal"));

        String overview = get("/admin", signIn()).body();
        assertTrue(overview.contains("👍 1") && overview.contains("👎 1"), overview);
        assertTrue(overview.contains("как отозвать обращение") && !overview.contains("870412300415"), "the question, its IIN masked: " + overview);

        assistant.dialog().handle(Incoming.text(CITIZEN, "/forget"));
        assistant.dialog().handle(Incoming.button(CITIZEN, "forget:yes"));
        assertEquals(1, (int) db.jdbi().withHandle(h -> h.createQuery("select count(*) from answer_feedback").mapTo(Integer.class).one()),
                "the citizen's rating went with them; the admin's stays");
    }

    @Test
    void usagePerDayIsAChartATableAndACsv() throws Exception {
        assistant.dialog().handle(Incoming.text(CITIZEN, "как отозвать обращение"));
        assistant.dialog().handle(Incoming.text(CITIZEN, "рецепт бешбармака"));
        assistant.dialog().handle(Incoming.text(CITIZEN, "Қосшы"));
        String cookie = signIn();
        String page = get("/admin/usage?days=7", cookie).body();
        assertTrue(page.contains("src=\"/admin/usage/activity.png?days=7\""), page);
        String csv = get("/admin/usage.csv?days=7", cookie).body();
        List<String> lines = csv.lines().toList();
        assertEquals(8, lines.size(), csv);
        assertTrue(lines.getFirst().startsWith("day,new_users,messages,appeals,akimat_searches"));
        assertTrue(lines.getLast().matches("\\d{4}-\\d{2}-\\d{2},2,0,0,1,\\d+,\\d+,1,1"), "today: 2 new users, 1 akimat search, 1 answer, 1 unanswered in ru: " + lines.getLast());
        for (String chart : List.of("activity", "answered")) {
            var png = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/admin/usage/" + chart + ".png?days=7"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, png.statusCode());
            var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
            assertEquals(900, image.getWidth(), chart);
        }
        assertEquals(403, get("/admin/usage.csv", null).statusCode());
    }

    @Test
    void anAdminAddsAnotherWhoCanThenSignInAndTakesThemAwayAgain() throws Exception {
        String cookie = signIn();
        String csrf = csrfOf(get("/admin/admins", cookie).body());
        assertEquals(422, post("/admin/admins", "csrf=" + csrf + "&add=" + URLEncoder.encode("Иван", StandardCharsets.UTF_8), cookie).statusCode());
        assertEquals(303, post("/admin/admins", "csrf=" + csrf + "&add=telegram:2002", cookie).statusCode());
        List<Reply> link = assistant.dialog().handle(Incoming.text(CITIZEN, "/admin"));
        assertTrue(LINK.matcher(link.getFirst().text()).find(), "the new admin gets a link: " + link);
        assertTrue(get("/admin/admins", cookie).body().contains("telegram:1001"), "who added them is shown");

        assertEquals(303, post("/admin/admins", "csrf=" + csrf + "&remove=telegram:2002", cookie).statusCode());
        assertFalse(assistant.dialog().handle(Incoming.text(CITIZEN, "/admin")).getFirst().text().contains("/admin/sign-in"));
        assertEquals(303, post("/admin/admins", "csrf=" + csrf + "&remove=telegram:1001", cookie).statusCode());
        assertEquals(200, get("/admin", cookie).statusCode(), "the admins ADMIN_IDS names cannot be taken away in the console");
    }

    @Test
    void anAdminAddsAnEntryAndDeletesOneInTheDraft() throws Exception {
        String cookie = signIn();
        var form = get("/admin/entries/new", cookie);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<option value=\"leaflet\""), "the documents to cite: " + form.body());
        String csrf = csrfOf(form.body());
        String fields = "csrf=" + csrf + "&id=write-complaint&document=leaflet&section=" + URLEncoder.encode("Өтініш мазмұны", StandardCharsets.UTF_8)
                + "&kk_question=" + URLEncoder.encode("Шағымды қалай жазамын?", StandardCharsets.UTF_8)
                + "&kk_answer=" + URLEncoder.encode("Шағымда мәнін жазыңыз.", StandardCharsets.UTF_8)
                + "&ru_question=" + URLEncoder.encode("Как написать жалобу?", StandardCharsets.UTF_8)
                + "&ru_answer=" + URLEncoder.encode("В жалобе изложите суть.", StandardCharsets.UTF_8);
        assertEquals(422, post("/admin/entries/new", fields.replace("id=write-complaint", "id=Write%20Complaint"), cookie).statusCode());
        assertEquals(422, post("/admin/entries/new", fields.replace("id=write-complaint", "id=withdraw-appeal"), cookie).statusCode());
        var noAnswer = post("/admin/entries/new", fields.replace("&ru_answer=", "&ru_x="), cookie);
        assertEquals(422, noAnswer.statusCode(), "an entry without its Russian answer does not load");
        assertTrue(noAnswer.body().contains("Шағымды қалай жазамын?"), "what was typed is kept");
        assertEquals(303, post("/admin/entries/new", fields, cookie).statusCode());
        assertEquals(303, post("/admin/entries/find-akimat/delete", "csrf=" + csrf, cookie).statusCode());

        var draft = assistant.knowledgeVersions().files(assistant.knowledgeVersions().draft().orElseThrow().id());
        assertTrue(kz.otinish.knowledge.EntryEdit.read(draft, "write-complaint").isPresent());
        assertTrue(kz.otinish.knowledge.EntryEdit.read(draft, "find-akimat").isEmpty());
        assertTrue(assistant.faq().current().entry("find-akimat").isPresent(), "in service until published");
    }

    private boolean answered(String question, String id) {
        return assistant.faq().current().search(question).answer().map(e -> e.id().equals(id)).orElse(false);
    }

    /** The text inputs and textareas of a form page, by name, as the browser would send them. */
    private static Map<String, String> fieldsOf(String body) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher input = Pattern.compile("<input type=\"text\" name=\"([a-z_]+)\" value=\"([^\"]*)\"").matcher(body);
        while (input.find()) fields.put(input.group(1), unescape(input.group(2)));
        Matcher area = Pattern.compile("<textarea name=\"([a-z_]+)\"[^>]*>([^<]*)</textarea>", Pattern.DOTALL).matcher(body);
        while (area.find()) fields.put(area.group(1), unescape(area.group(2)));
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String encode(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private String linkFromTheBot() {
        List<Reply> replies = assistant.dialog().handle(Incoming.text(ADMIN, "/admin"));
        Matcher m = LINK.matcher(replies.getFirst().text());
        assertTrue(m.find(), replies.toString());
        assertTrue(m.group(1).startsWith("http://console.test/admin/sign-in?token="), m.group(1));
        return m.group(2);
    }

    private String signIn() throws Exception {
        var signedIn = post("/admin/sign-in", "token=" + linkFromTheBot(), null);
        assertEquals(303, signedIn.statusCode());
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String csrfOf(String body) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).GET();
        if (cookie != null) request.header("Cookie", cookie);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(form)).header("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) request.header("Cookie", cookie);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
