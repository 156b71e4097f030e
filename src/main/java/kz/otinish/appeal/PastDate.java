package kz.otinish.appeal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a decision or action being challenged, as people write it: 05.03.2025, 5/3/25, 2025-03-05,
 * "5 марта 2025", "2025 жылғы 5 наурыз", "5 наурыз", "вчера", "кеше". A real calendar day, not in the future.
 * Without a year it is the last such day up to today. Kept as dd.MM.yyyy.
 */
public final class PastDate {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./\\- ](\\d{1,2})(?:[./\\- ](\\d{2}|\\d{4}))?");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[./\\-](\\d{1,2})[./\\-](\\d{1,2})");
    /** "5 марта 2025", "5 наурыз", "2025 жылғы 5 наурызда": a day, a month's name, maybe a year before or after. */
    private static final Pattern NAMED = Pattern.compile(
            "(?:(\\d{4})\\s*(?:ж\\.?|жыл\\w*|г\\.?|года?)?\\s*)?(\\d{1,2})\\s*(?:-?\\s*(?:ші|шы|інші|ынші|го|е|ое))?\\s+(\\p{L}+)"
                    + "(?:\\s+(\\d{4})\\s*(?:ж\\.?|жыл\\w*|г\\.?|года?)?)?", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Month names by the letters they start with, in Russian and in Kazakh, with or without Kazakh letters:
     * "марта", "мар", "наурыз", "наурызда" all start with one of them.
     */
    private static final List<Map.Entry<String, Integer>> MONTHS = List.of(
            Map.entry("январ", 1), Map.entry("янв", 1), Map.entry("қаңтар", 1), Map.entry("кантар", 1),
            Map.entry("феврал", 2), Map.entry("фев", 2), Map.entry("ақпан", 2), Map.entry("акпан", 2),
            Map.entry("март", 3), Map.entry("мар", 3), Map.entry("наурыз", 3),
            Map.entry("апрел", 4), Map.entry("апр", 4), Map.entry("сәуір", 4), Map.entry("сауир", 4),
            Map.entry("мая", 5), Map.entry("май", 5), Map.entry("мамыр", 5),
            Map.entry("июн", 6), Map.entry("маусым", 6),
            Map.entry("июл", 7), Map.entry("шілде", 7), Map.entry("шилде", 7),
            Map.entry("август", 8), Map.entry("авг", 8), Map.entry("тамыз", 8),
            Map.entry("сентябр", 9), Map.entry("сен", 9), Map.entry("қыркүйек", 9), Map.entry("кыркуйек", 9),
            Map.entry("октябр", 10), Map.entry("окт", 10), Map.entry("қазан", 10), Map.entry("казан", 10),
            Map.entry("ноябр", 11), Map.entry("ноя", 11), Map.entry("қараша", 11), Map.entry("караша", 11),
            Map.entry("декабр", 12), Map.entry("дек", 12), Map.entry("желтоқсан", 12), Map.entry("желтоксан", 12));
    /** "март 2025", "в марте 2025 года", "2025 жылғы наурыз", "наурызда": a month, perhaps with its year, no day. */
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?:в\\s+|во\\s+)?(\\p{L}+)(?:\\s+(\\d{4})\\s*(?:ж\\.?|жыл\\w*|г\\.?|года?)?)?"
                    + "|(\\d{4})\\s*(?:ж\\.?|жыл\\w*|г\\.?|года?)?\\s+(\\p{L}+?)(?:\\s*(?:айы|айында))?",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** "03.2025", "3/2025". */
    private static final Pattern MY = Pattern.compile("(\\d{1,2})[./\\-](\\d{4})");
    /** Days named relative to today. */
    private static final Map<String, Integer> DAYS_AGO = Map.of(
            "сегодня", 0, "бүгін", 0, "бугин", 0,
            "вчера", 1, "кеше", 1,
            "позавчера", 2, "алдыңғы күні", 2, "алдынгы куни", 2);
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PastDate() {}

    public static Check check(String input, LocalDate today) {
        return read(input, today, false);
    }

    /**
     * A day still to come or today, in the same forms ("15.04.2026", "15 апреля", "15 сәуір"; without a year, the
     * next such day): a term extended to a new date.
     */
    public static Check upcoming(String input, LocalDate today) {
        return read(input, today, true);
    }

    private static Check read(String input, LocalDate today, boolean ahead) {
        String text = input.strip().toLowerCase(Locale.ROOT).replaceAll("[.,!]+$", "");
        Integer ago = DAYS_AGO.get(text);
        if (ago != null) return ahead && ago > 0 ? Check.wrong("date_past") : Check.ok(today.minusDays(ago).format(SHOWN));
        Matcher m;
        if ((m = YMD.matcher(text)).matches()) return checked(m.group(3), m.group(2), m.group(1), today, ahead);
        if ((m = DMY.matcher(text)).matches()) return checked(m.group(1), m.group(2), m.group(3), today, ahead);
        if ((m = NAMED.matcher(text)).matches()) {
            Integer month = month(m.group(3));
            if (month == null) return Check.wrong("date_format");
            String year = m.group(1) != null ? m.group(1) : m.group(4);
            return checked(m.group(2), String.valueOf(month), year, today, ahead);
        }
        if (ahead) return Check.wrong("date_format"); // a due date has its day
        if ((m = MY.matcher(text)).matches()) return monthOnly(Integer.parseInt(m.group(1)), m.group(2), today);
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            Integer month = month(m.group(1) != null ? m.group(1) : m.group(4));
            if (month == null) return Check.wrong("date_format");
            return monthOnly(month, m.group(2) != null ? m.group(2) : m.group(3), today);
        }
        return Check.wrong("date_format");
    }

    /**
     * A month without its day ("март 2025"): people remember when a thing happened, not the date. Its first day is
     * kept, and the person is told so, so that a known day can still be put in; without a year, the last such month.
     */
    private static Check monthOnly(int month, String year, LocalDate today) {
        if (month < 1 || month > 12) return Check.wrong("date_impossible");
        Check c = checked("1", String.valueOf(month), year, today, false);
        return c.isOk() ? Check.okNoting(c.value(), "month_only", "date", c.value()) : c;
    }

    private static Integer month(String word) {
        for (Map.Entry<String, Integer> m : MONTHS) {
            if (word.startsWith(m.getKey())) return m.getValue();
        }
        return null;
    }

    /** A day and month with the given year, or without one the last such day up to today (the next one, {@code ahead}). */
    private static Check checked(String day, String month, String year, LocalDate today, boolean ahead) {
        LocalDate date;
        try {
            int d = Integer.parseInt(day), mo = Integer.parseInt(month);
            if (year == null) {
                date = LocalDate.of(today.getYear(), mo, d);
                if (!ahead && date.isAfter(today)) date = LocalDate.of(today.getYear() - 1, mo, d);
                if (ahead && date.isBefore(today)) date = LocalDate.of(today.getYear() + 1, mo, d);
            } else {
                int y = Integer.parseInt(year);
                if (year.length() == 2) y += y <= today.getYear() % 100 ? 2000 : 1900;
                date = LocalDate.of(y, mo, d);
            }
        } catch (DateTimeException e) {
            return Check.wrong("date_impossible");
        }
        if (!ahead && date.isAfter(today)) return Check.wrong("date_future");
        if (ahead && date.isBefore(today)) return Check.wrong("date_past");
        if (ahead && date.isAfter(today.plusYears(2))) return Check.wrong("date_impossible");
        if (date.isBefore(today.minusYears(100))) return Check.wrong("date_impossible");
        return Check.ok(date.format(SHOWN));
    }
}
