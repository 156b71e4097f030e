package kz.otinish.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kazakhstan's working days and the due dates counted on them, from knowledge-base/calendar/. */
class WorkCalendarTest {
    private static final WorkCalendar CALENDAR = WorkCalendar.load(Path.of("knowledge-base"));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void newYearAndOrthodoxChristmasAreDaysOffAndChristmasIsNotCarriedOver() {
        assertFalse(CALENDAR.isWorkingDay(d("2026-01-01")));
        assertFalse(CALENDAR.isWorkingDay(d("2026-01-02")));
        assertFalse(CALENDAR.isWorkingDay(d("2026-01-07")));
        assertTrue(CALENDAR.isWorkingDay(d("2026-01-05")));
        // 7 January 2024 was a Sunday: no day off moved to Monday the 8th.
        assertTrue(CALENDAR.isWorkingDay(d("2024-01-08")));
    }

    @Test
    void nauryzOnAWeekendMovesItsDaysOffToTheNextWorkingDays() {
        // 2026: 21 March is a Saturday, 22 a Sunday, 23 a Monday → 24 and 25 are days off too.
        for (String day : List.of("2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25")) {
            assertFalse(CALENDAR.isWorkingDay(d(day)), day);
        }
        assertTrue(CALENDAR.isWorkingDay(d("2026-03-26")));
        assertEquals(WorkCalendar.DayOff.Kind.CARRIED_OVER, CALENDAR.dayOff(d("2026-03-25")).orElseThrow().kind());
    }

    @Test
    void theEighthOfMarchOnASaturdayMovesToMonday() {
        assertFalse(CALENDAR.isWorkingDay(d("2025-03-10")), "8 March 2025 was a Saturday");
        assertTrue(CALENDAR.isWorkingDay(d("2025-03-11")));
    }

    @Test
    void kurbanAitIsADayOffOnItsYearsDate() {
        assertEquals(WorkCalendar.DayOff.Kind.HOLIDAY, CALENDAR.dayOff(d("2026-05-27")).orElseThrow().kind());
        assertEquals("Құрбан айт", CALENDAR.dayOff(d("2026-05-27")).orElseThrow().holiday().get(kz.otinish.Lang.KK));
    }

    @Test
    void aTransferMakesAFridayADayOffAndASaturdayAWorkingDay() {
        assertFalse(CALENDAR.isWorkingDay(d("2025-01-03")));
        assertTrue(CALENDAR.isWorkingDay(d("2025-07-05")), "the Saturday worked instead");
    }

    @Test
    void theDueDateIsTheFifteenthWorkingDayAfterRegistration() {
        // Registered Monday 2 March 2026: 3–6 (4), 10–13 (8; 9 March is 8 March's day off), 16–20 (13),
        // Nauryz 21–25, then 26 and 27: the 15th working day is Friday 27 March.
        DueDate due = DueDate.after(d("2026-03-02"), 15, CALENDAR);
        assertEquals(d("2026-03-27"), due.due(), due.skipped().toString());
        assertTrue(due.skipped().stream().anyMatch(s -> s.date().equals(d("2026-03-09")) && s.kind() == WorkCalendar.DayOff.Kind.CARRIED_OVER));
    }

    @Test
    void anAppealRegisteredOnASaturdayCountsFromTheNextWorkingDay() {
        DueDate saturday = DueDate.after(d("2026-11-07"), 15, CALENDAR);
        DueDate monday = DueDate.after(d("2026-11-09"), 15, CALENDAR);
        assertEquals(monday.due(), saturday.due());
        assertEquals(d("2026-11-30"), monday.due());
    }

    @Test
    void aYearWithoutItsFileFollowsTheRulesAndSaysSo(@TempDir Path kb) throws Exception {
        Files.createDirectories(kb.resolve("calendar"));
        Files.copy(Path.of("knowledge-base/calendar/holidays.yaml"), kb.resolve("calendar/holidays.yaml"));
        WorkCalendar rulesOnly = WorkCalendar.load(kb);
        assertFalse(rulesOnly.knows(2031));
        assertFalse(rulesOnly.isWorkingDay(d("2031-12-16")));
        assertTrue(rulesOnly.isWorkingDay(d("2031-12-17")));
        assertTrue(CALENDAR.knows(2026));
    }

    @Test
    void workingDaysLeftCountsDownAndBecomesNegativeWhenLate() {
        DueDate due = DueDate.after(d("2026-03-02"), 15, CALENDAR);
        assertEquals(0, due.workingDaysLeft(d("2026-03-27"), CALENDAR));
        assertEquals(2, due.workingDaysLeft(d("2026-03-24"), CALENDAR), "from a day off: 26 and 27 are left");
        assertEquals(-1, due.workingDaysLeft(d("2026-03-30"), CALENDAR), "Monday after: one working day late");
    }
}
