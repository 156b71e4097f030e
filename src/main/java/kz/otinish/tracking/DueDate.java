package kz.otinish.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The day an answer is due: the {@code days}-th working day after registration (day 1 is the first working day
 * after it; an appeal registered on a day off counts from the next working day), and the days off skipped on the way,
 * each with its reason. The term itself comes from {@code knowledge-base/facts.yaml} (review_deadline.working_days).
 */
public record DueDate(LocalDate registered, int days, LocalDate due, List<WorkCalendar.DayOff> skipped) {

    public static DueDate after(LocalDate registered, int days, WorkCalendar calendar) {
        List<WorkCalendar.DayOff> skipped = new ArrayList<>();
        LocalDate start = registered;
        // Received on a day off: counted as received on the next working day.
        while (!calendar.isWorkingDay(start)) {
            calendar.dayOff(start).ifPresent(skipped::add);
            start = start.plusDays(1);
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            var off = calendar.dayOff(d);
            if (off.isPresent()) skipped.add(off.get());
            else counted++;
        }
        return new DueDate(registered, days, d, List.copyOf(skipped));
    }

    /** Working days from {@code today} to the due date: 0 on the day itself, negative once it has passed. */
    public int workingDaysLeft(LocalDate today, WorkCalendar calendar) {
        return calendar.workingDaysLeft(today, due);
    }
}
