package kz.otinish.appeal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a decision or action being challenged: day, month, year as people write them
 * (05.03.2025, 5/3/2025, 5-3-25), a real calendar day, not in the future. Kept as dd.MM.yyyy.
 */
public final class PastDate {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./\\- ](\\d{1,2})[./\\- ](\\d{2}|\\d{4})");
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PastDate() {}

    public static Check check(String input, LocalDate today) {
        Matcher m = DMY.matcher(input.strip());
        if (!m.matches()) return Check.wrong("date_format");
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) year += year <= today.getYear() % 100 ? 2000 : 1900;
        LocalDate date;
        try {
            date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return Check.wrong("date_impossible");
        }
        if (date.isAfter(today)) return Check.wrong("date_future");
        if (date.isBefore(today.minusYears(100))) return Check.wrong("date_impossible");
        return Check.ok(date.format(SHOWN));
    }
}
