package kz.otinish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.otinish.appeal.Draft;
import kz.otinish.appeal.Drafts;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.FileInfo;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.dialog.Texts;
import kz.otinish.knowledge.ContentRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing the bot can show breaks it: every text key the code names exists, and people who press whatever button is
 * on screen, type half-right answers and commands in between, in both languages, never get the internal error.
 * A missing text ('forget.kept', removed as unused) crashed /forget → «Нет» on every channel.
 */
class EveryButtonTest {
    /** A dotted key in a string literal, under one of the top-level sections of bot/texts.*.yaml. */
    private static final Pattern KEY = Pattern.compile("\"((?:dialog|menu|typed|ask|akimat|forget|error|appeal|appeals|commands|poster)(?:\\.[a-z_]+)+)\"");
    /** A refusal or note of an answer's check: the text appeal.error.X or appeal.note.X. */
    private static final Pattern CHECK = Pattern.compile(
            "Check\\.wrong\\(\"([a-z_]+)\"|Check\\.okNoting\\([^,()]+,\\s*\"([a-z_]+)\"|return \"((?:iin|bin|phone|email|date|name|files?)_[a-z_]+)\"");
    private static final int LABEL_MAX = 32;
    private static Assistant bot;

    @BeforeAll
    static void start() {
        bot = Assistant.start(ContentRoot.at(Path.of(".")), kz.otinish.storage.TestDatabase.fresh());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void everyTextKeyTheCodeNamesIsInBothLanguages() throws IOException {
        Texts texts = bot.texts();
        Set<String> missing = new TreeSet<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = KEY.matcher(code);
                while (m.find()) {
                    if (code.substring(Math.max(0, m.start() - 60), m.start()).contains("AuditTrail.record")) continue; // an event's name
                    named++;
                    if (!texts.has(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
                }
                Matcher c = CHECK.matcher(code);
                while (c.find()) {
                    named++;
                    String key = c.group(2) != null ? "appeal.note." + c.group(2)
                            : "appeal.error." + (c.group(1) != null ? c.group(1) : c.group(3));
                    if (!texts.has(key)) missing.add(f.getFileName() + ": " + key);
                }
            }
        }
        assertTrue(named > 150, "the scan found the code's keys: " + named);
        assertTrue(missing.isEmpty(), "texts the code uses but bot/texts.*.yaml lacks: " + missing);
    }

    /** Valid answers for each question of the form, so that walks reach the review and beyond. */
    private static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("challenged", "Отказ районного отдела образования в приёме сына в школу"),
            Map.entry("challenged_date", "март 2025"),
            Map.entry("addressee", "акимат Капчагая"),
            Map.entry("subject", "О приёме ребёнка в школу?"),
            Map.entry("essence", "Сыну отказали в приёме в школу № 5 по месту жительства. Прошу пересмотреть решение."),
            Map.entry("surname", "Иванова"), Map.entry("given_name", "Анна"), Map.entry("patronymic", "Пропустить"),
            Map.entry("iin", "ИИН 850715401236"), Map.entry("organisation", "ТОО «Ромашка»"), Map.entry("bin", "940140000385"),
            Map.entry("address", "010000, г. Астана, пр. Абая, д. 10, кв. 25"),
            Map.entry("representative", "Петров Пётр Петрович"),
            Map.entry("phone", "8 701 234 56 78"), Map.entry("email", "anna@gmial.com"));
    /** What people type besides answers: commands, menu words, questions, places, nonsense. */
    private static final List<String> TYPED = List.of("/cancel", "/menu", "/start", "/help", "/language", "/forget",
            "назад", "артқа", "меню", "не помню", "Пропустить", "Растау", "подтвердить", "Нет", "Жоқ", "Готово",
            "как отозвать обращение?", "өтінішті қалай кері қайтарамын", "Капчагай", "Алматы", "какая погода",
            "рахмет", "😡😡😡", "1", "8 701 234 56 7", "не знаю", "не передадут ли мои персональные данные кому-то",
            "жауапты қалай алатынымды өзім таңдай аламын ба", "хочу написать жалобу", "мои обращения", "/start akimat-Kaskelen", "/start faq-withdraw-appeal");

    @Test
    void peopleWhoPressWhateverIsOnScreenAndTypeAnythingNeverGetTheInternalError() {
        Texts texts = bot.texts();
        List<String> internal = List.of(texts.get(Lang.KK, "error.internal"), texts.get(Lang.RU, "error.internal"));
        Random random = new Random(20261205);
        Set<String> pressed = new TreeSet<>();
        int events = 0;
        for (int walk = 0; walk < 40; walk++) {
            ChatRef chat = new ChatRef("walk", "w" + walk);
            List<Reply> last = handle(Incoming.text(chat, "/start " + (walk % 2 == 0 ? "ru" : "kk")));
            // Half the people keep to the point (and reach the end of the form); the others wander.
            double wander = walk % 4 < 2 ? 0.98 : 0.85;
            for (int step = 0; step < 70; step++, events++) {
                List<Button> shown = last.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).toList();
                for (Button b : shown) {
                    assertTrue(b.data().getBytes(StandardCharsets.UTF_8).length <= 64, "button data over Telegram's 64 bytes: " + b.data());
                    assertFalse(b.label().isBlank(), "a button without a label: " + b.data());
                    // Phones cut longer labels; a place's official name on the finder's buttons is the one exception.
                    boolean place = b.data().startsWith("akimat:") || b.data().startsWith("appeal:akimat:");
                    assertTrue(place || b.label().codePointCount(0, b.label().length()) <= LABEL_MAX, "a label a phone cuts: " + b.label());
                }
                Incoming next;
                double dice = random.nextDouble();
                String answer = currentAnswer(chat);
                if (!shown.isEmpty() && dice < 0.5) {
                    Button b = shown.get(random.nextInt(shown.size()));
                    pressed.add(b.data().replaceAll("^([^:]+:[^:]+):.*$", "$1"));
                    next = Incoming.button(chat, b.data());
                } else if (answer != null && dice < wander) {
                    next = Incoming.text(chat, answer);
                } else if (dice < wander + 0.03) {
                    next = Incoming.file(chat, new FileInfo("scan" + step + ".pdf", "application/pdf", random.nextInt(90) * 1024L * 1024));
                } else {
                    next = Incoming.text(chat, TYPED.get(random.nextInt(TYPED.size())));
                }
                last = handle(next);
                for (Reply r : last) {
                    String text = r.text() == null ? "" : r.text();
                    assertFalse(internal.stream().anyMatch(text::contains), () -> "internal error after " + next + " in walk of " + chat);
                    assertTrue(!text.isBlank() || r.document() != null, "an empty message after " + next);
                }
            }
        }
        // The walks went everywhere worth going: the form to its end, the finder, the FAQ's topics, /forget.
        for (String must : List.of("appeal:confirm", "appeal:skip", "appeal:back", "appeal:keep_current", "appeal:email_fix",
                "appeal:edit", "akimat:", "ask:", "menu:", "forget:", "lang:")) {
            assertTrue(pressed.stream().anyMatch(p -> p.startsWith(must)), "no walk pressed " + must + ": " + pressed);
        }
        assertTrue(events >= 2800);
    }

    private static List<Reply> handle(Incoming in) {
        return bot.dialog().handle(in);
    }

    /** A valid answer to the appeal question this chat is at, if it is in the form. */
    private static String currentAnswer(ChatRef chat) {
        Draft d = bot.database().jdbi().withHandle(h -> Drafts.find(h, chat).orElse(null));
        return d == null ? null : ANSWERS.get(d.step());
    }
}
