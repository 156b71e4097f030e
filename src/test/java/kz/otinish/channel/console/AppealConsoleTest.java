package kz.otinish.channel.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.otinish.Assistant;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person at the terminal writes a whole appeal by numbers and text, and is told where the PDF is. */
class AppealConsoleTest {

    @Test
    void anAppealTypedAtTheConsoleEndsWithThePathOfItsPdf(@TempDir Path folder) throws Exception {
        String lines = String.join("\n",
                "2",                                   // Русский
                "2",                                   // menu: write an appeal
                "4",                                   // a request (запрос)
                "Министерство юстиции Республики Казахстан",
                "О порядке получения справки",
                "Прошу сообщить, как получить справку о несудимости для работы в школе.",
                "1",                                   // from myself
                "Ким", "Алексей", "1",                 // no patronymic: skip
                "900101300017",
                "г. Караганда, ул. Ерубаева, 5, кв. 3",
                "+7 (747) 123-45-67",
                "1",                                   // answer in the e-Otinish cabinet
                "1",                                   // no e-mail: skip
                "/file справка.jpg image/jpeg 200000",
                "1",                                   // done with files
                "15",                                  // confirm: after the 14 edit buttons
                "/forget", "1") + "\n";                // a shared computer: the visitor has everything deleted
        var buffer = new ByteArrayOutputStream();
        try (Assistant bot = Assistant.start(ContentRoot.at(Path.of(".")), TestDatabase.fresh())) {
            new ConsoleChannel(bot.dialog(), bot.texts(), "console-appeal", folder, new PrintStream(buffer, true, StandardCharsets.UTF_8))
                    .run(new BufferedReader(new StringReader(lines)));
        }
        String screen = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(screen.contains("Вопрос 15 из 15"), screen);
        assertTrue(screen.contains("ЗАПРОС"), screen);
        Matcher pdf = Pattern.compile("📄 (\\S+\\.pdf)").matcher(screen);
        assertTrue(pdf.find(), "no PDF path in:\n" + screen);
        Path file = Path.of(pdf.group(1));
        assertTrue(file.startsWith(folder), file.toString());
        // The PDF (with the IIN in it) was written, then deleted with everything else on /forget, and the person told so.
        assertTrue(screen.contains("PDF-файлы обращений на этом компьютере тоже удалены: 1"), screen);
        assertTrue(!Files.exists(file), file + " still there after /forget");
        assertTrue(!screen.contains("<b>"), "HTML tags must not reach the terminal");
    }
}
