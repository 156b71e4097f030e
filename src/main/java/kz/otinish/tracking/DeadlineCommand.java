package kz.otinish.tracking;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.otinish.Lang;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.knowledge.Facts;
import kz.otinish.knowledge.Problem;

/**
 * {@code otinish deadline --from YYYY-MM-DD [--days N]}: the day an answer is due (ISO, first line) for an appeal
 * registered that day, then every day off skipped on the way with its reason, on Kazakhstan's working-day calendar
 * ({@code knowledge-base/calendar/}). N defaults to the review term of {@code knowledge-base/facts.yaml}.
 */
public final class DeadlineCommand {
    static final String USAGE = "usage: otinish deadline --from YYYY-MM-DD [--days N]";

    private DeadlineCommand() {}

    public static int run(List<String> args, PrintStream out) {
        LocalDate from = null;
        Integer days = null;
        try {
            for (int i = 0; i + 1 < args.size(); i += 2) {
                switch (args.get(i)) {
                    case "--from" -> from = LocalDate.parse(args.get(i + 1));
                    case "--days" -> days = Integer.parseInt(args.get(i + 1));
                    default -> { return fail(out, "unknown option " + args.get(i)); }
                }
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return fail(out, "--from takes a date as YYYY-MM-DD and --days a number");
        }
        if (from == null || args.size() % 2 != 0) return fail(out, "--from is missing");
        if (days != null && (days < 1 || days > 365)) return fail(out, "--days must be 1 to 365");
        ContentRoot content = ContentRoot.locate();
        List<Problem> problems = new ArrayList<>();
        int term = days != null ? days : Facts.load(content.knowledgeBase(), problems).number("review_deadline", "working_days");
        WorkCalendar calendar = WorkCalendar.load(content.knowledgeBase());
        DueDate due = DueDate.after(from, term, calendar);
        out.println(due.due());
        for (WorkCalendar.DayOff off : due.skipped()) {
            String ru = off.holiday().get(Lang.RU), kk = off.holiday().get(Lang.KK);
            String holiday = off.holiday().isEmpty() ? "" : ": " + (ru.equals(kk) ? ru : ru + " / " + kk);
            out.println(off.date() + " " + off.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + holiday);
        }
        for (int year = from.getYear(); year <= due.due().getYear(); year++) {
            if (!calendar.knows(year)) out.println("# " + year + ": no calendar file; Kurban Ait and the Government's transfers of days off are unknown");
            else if (!calendar.confirmed(year)) out.println("# " + year + ": the calendar file's Kurban Ait and transfers are not confirmed against the decree");
        }
        return 0;
    }

    private static int fail(PrintStream out, String message) {
        out.println("deadline: " + message);
        out.println(USAGE);
        return 2;
    }
}
