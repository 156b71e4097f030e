package kz.otinish.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.otinish.Assistant;
import kz.otinish.channel.http.HttpChat;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * An admin in a real headless Chromium: the bot's link, the sign-in button, an edit saved as a draft, published, and
 * served through the HTTP chat API; and the console on a phone's width. Needs Debian's {@code chromium} and
 * {@code chromium-driver} ({@code .ci/run} installs them when missing). Screenshots of each page go to
 * {@code target/console-*.png}.
 */
class AdminConsoleBrowserTest {
    private static final ChatRef ADMIN = new ChatRef("telegram", "1001");
    private static final String CHAT_TOKEN = "a-long-enough-chat-token";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/admin/sign-in\\?token=[A-Za-z0-9_-]+)");

    private Database db;
    private Assistant assistant;
    private WebServer web;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        assistant = Assistant.start(ContentRoot.at(Path.of(".")), db);
        web = new WebServer();
        HttpChat.mount(web, assistant.dialog()::handle, db.jdbi(), CHAT_TOKEN);
        web.start("127.0.0.1", 0);
        AdminCommand.console(Map.of("ADMIN_IDS", "telegram:1001", "ADMIN_URL", "http://127.0.0.1:" + web.port()), db.jdbi(),
                assistant.texts(), assistant.faq()::current, assistant.dialog(), web);
        assistant.dialog().handle(Incoming.text(ADMIN, "/start ru"));
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        web.close();
        assistant.close();
    }

    @Test
    void anAdminSignsInEditsPublishesAndTheBotAnswersTheNewPhrasing() throws Exception {
        List<Reply> replies = assistant.dialog().handle(Incoming.text(ADMIN, "/admin"));
        Matcher m = LINK.matcher(replies.getFirst().text());
        assertTrue(m.find(), replies.toString());
        browser.get(m.group(1));
        go(By.cssSelector("form[action='/admin/sign-in'] button"));
        assertTrue(browser.getCurrentUrl().endsWith("/admin"), browser.getCurrentUrl());
        shot("overview");

        go(By.linkText("Записи"));
        go(By.linkText("withdraw-appeal"));
        String phrase = "передумала насчёт бумаги в акимат, как вернуть её назад";
        WebElement phrasings = browser.findElement(By.name("ru_phrasings"));
        phrasings.sendKeys("\n" + phrase);
        shot("entry");
        go(By.cssSelector("form[action='/admin/entries/withdraw-appeal'] button.primary"));
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("Сохранено в черновик"));

        go(By.linkText("Проверить вопрос"));
        browser.findElement(By.name("q")).sendKeys(phrase);
        go(By.cssSelector("button[name='draft']"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("withdraw-appeal"), "the draft answers it");
        shot("try");
        go(By.linkText("Вопросы без ответа"));
        shot("unanswered");
        go(By.linkText("Статистика"));
        shot("usage");
        go(By.linkText("Записи"));

        go(By.cssSelector("form.draft button"));
        assertTrue(browser.getCurrentUrl().contains("/admin/history"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("withdraw-appeal"), "the history names the entry");
        shot("history");
        for (int i = 0; i < 200 && !answered(phrase); i++) Thread.sleep(50);
        assertTrue(answered(phrase), "the bot serves the published edit");
        var chat = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + web.port() + "/chat"))
                .header("Authorization", "Bearer " + CHAT_TOKEN).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"chatId\":\"citizen\",\"text\":\"/start ru\"}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, chat.statusCode());
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + web.port() + "/chat"))
                .header("Authorization", "Bearer " + CHAT_TOKEN).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"chatId\":\"citizen\",\"text\":\"" + phrase + "\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.body().contains("Как отозвать обращение"), "a citizen on the chat API gets the entry's answer: " + answer.body());
        go(By.linkText("Обзор"));
        shot("overview-after");

        go(By.cssSelector("form[action='/admin/sign-out'] button"));
        browser.get("http://127.0.0.1:" + web.port() + "/admin");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Нет доступа"), "signed out");
    }

    @Test
    void theConsoleFitsAPhoneScreen() throws Exception {
        Matcher m = LINK.matcher(assistant.dialog().handle(Incoming.text(ADMIN, "/admin")).getFirst().text());
        assertTrue(m.find());
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(m.group(1));
        go(By.cssSelector("form[action='/admin/sign-in'] button"));
        for (String page : List.of("/admin", "/admin/entries/withdraw-appeal", "/admin/unanswered", "/admin/try?q=test")) {
            browser.get("http://127.0.0.1:" + web.port() + page);
            long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow, page + " scrolls sideways on a phone");
        }
        shot("phone-entry");
    }

    /** Clicks what leads to another page and waits until the browser has left this one (its elements gone stale). */
    private void go(By what) throws InterruptedException {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        for (int i = 0; i < 200; i++) {
            try {
                page.isEnabled();
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chrome 150 at times reports the old page's node so while the new page replaces it: gone as well.
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return;
                throw e;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the click on " + what + " led nowhere");
    }

    private boolean answered(String question) {
        return assistant.faq().current().search(question).answer().map(e -> e.id().equals("withdraw-appeal")).orElse(false);
    }

    private void shot(String name) throws Exception {
        Files.write(Path.of("target", "console-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
