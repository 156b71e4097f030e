package kz.otinish.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The log as {@link LogSetup} sets it up, in a JVM of its own as the bot starts (logback finds it on the class path):
 * text by default, one JSON object a line with LOG_FORMAT=json, and nothing of logback's own (it printed its status
 * notes on stdout, which is the console chat's).
 */
class LogFormatTest {
    @Test
    void jsonIsOneObjectALineWithTheFormattedMessage() throws Exception {
        var line = new ObjectMapper().readTree(logged("json").lines().findFirst().orElseThrow());
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

    private static String logged() throws Exception {
        return logged(null);
    }

    private static String logged(String format) throws Exception {
        var process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), LogLine.class.getName());
        process.environment().remove("LOG_FORMAT");
        if (format != null) process.environment().put("LOG_FORMAT", format);
        Process p = process.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals("", out, "nothing on stdout");
        return err;
    }
}
