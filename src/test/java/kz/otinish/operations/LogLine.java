package kz.otinish.operations;

import org.slf4j.LoggerFactory;

/** Logs one event line as the dialog does, in a JVM of its own, for {@link LogFormatTest}. */
public final class LogLine {
    private LogLine() {}

    public static void main(String[] args) {
        LoggerFactory.getLogger("kz.otinish.events").info("event channel={} kind={} outcome={} ms={}", "telegram", "text", "handled", 4);
    }
}
