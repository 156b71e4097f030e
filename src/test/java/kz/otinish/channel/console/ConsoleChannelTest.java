package kz.otinish.channel.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.otinish.Assistant;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleChannelTest {

    @Test
    void aUserPicksOptionsByNumberAndGetsPlainTextAnswers(@TempDir Path docs) throws Exception {
        var buffer = new ByteArrayOutputStream();
        try (Assistant bot = Assistant.start(ContentRoot.at(Path.of(".")), TestDatabase.fresh())) {
            var out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
            new ConsoleChannel(bot.dialog(), bot.texts(), "local", docs, out)
                    .run(new BufferedReader(new StringReader("2\nкак отозвать обращение\n")));
        }
        String screen = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(screen.contains("1) Қазақша") && screen.contains("2) Русский"), screen);
        assertTrue(screen.contains("Главное меню"), screen);
        assertTrue(screen.contains("Источник:"), screen);
        assertTrue(!screen.contains("<b>"), "HTML tags must not reach the terminal");
    }
}
