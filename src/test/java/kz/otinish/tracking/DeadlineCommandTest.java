package kz.otinish.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineCommandTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(String... args) {
        return DeadlineCommand.run(List.of(args), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsTheDueDateFirstThenEveryDayOffSkippedWithItsReason() {
        assertEquals(0, run("--from", "2026-03-02"));
        assertEquals("2026-03-27", lines().getFirst(), "15 working days, the term of knowledge-base/facts.yaml");
        assertTrue(lines().contains("2026-03-09 carried over: Международный женский день / Халықаралық әйелдер күні"), lines().toString());
        assertTrue(lines().contains("2026-03-23 holiday: Наурыз мейрамы"), lines().toString());
    }

    @Test
    void aYearWithoutACalendarFileIsSaidToHaveUnknownTransfers() {
        assertEquals(0, run("--from", "2029-05-02", "--days", "3"));
        assertEquals("2029-05-08", lines().getFirst(), "7 May is a holiday");
        assertTrue(lines().getLast().startsWith("# 2029: no calendar file"), lines().toString());
    }

    @Test
    void aWrongDateOrNumberIsSaidWithTheUsage() {
        assertEquals(2, run("--from", "05.03.2026"));
        assertEquals(2, run("--from", "2026-03-02", "--days", "0"));
        assertEquals(2, run());
        assertTrue(lines().getLast().startsWith("usage: otinish deadline"));
    }
}
