package kz.otinish.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's logback.xml as Main sets it up (the two properties it reads), in a JVM of its own as the bot starts:
 * text by default, one JSON object a line with LOG_FORMAT=json, and nothing of logback's own (it printed its status
 * notes on stdout, which is the console chat's).
 */
class LogFormatTest {
    @Test
    void jsonIsOneObjectALineWithTheFormattedMessage() throws Exception {
        var line = new ObjectMapper().readTree(logged("-Dotinish.log.format=json").lines().findFirst().orElseThrow());
        assertEquals("event channel=telegram kind=text outcome=handled ms=4", line.path("formattedMessage").asText());
        assertEquals("kz.otinish.events", line.path("loggerName").asText());
        assertEquals("INFO", line.path("level").asText());
    }

    @Test
    void textIsTheDefaultAndLogbackItselfSaysNothing() throws Exception {
        String text = logged();
        assertTrue(text.contains("INFO  kz.otinish.events - event channel=telegram kind=text outcome=handled ms=4"), text);
        assertEquals(1, text.lines().count(), "no status lines of logback's own: " + text);
    }

    private static String logged(String... properties) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(properties));
        cmd.add(LogLine.class.getName());
        Process p = new ProcessBuilder(cmd).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals("", out, "nothing on stdout");
        return err;
    }
}
