package kz.otinish.appeal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The individual identification number (ИИН / ЖСН): YYMMDD of birth, a century-and-sex digit,
 * four digits of the register, the control digit.
 *
 * <p>The seventh digit: 1/2 — a man/woman born in the 1800s, 3/4 — in the 1900s, 5/6 — in the 2000s.
 * 0 and 7–9 are refused: the rules assign no meaning to them, and citizens and foreigners alike get
 * an IIN by the same scheme. The birth date must exist (no 30 February, no 29 February outside leap
 * years) and lie no later than today.
 */
public final class Iin {
    private Iin() {}

    public static Check check(String input, LocalDate today) {
        String d = CheckDigit.digitsOf(input);
        if (d == null) return Check.wrong("iin_digits");
        if (d.length() != 12) return Check.wrong("iin_length", "count", d.length());
        int century = d.charAt(6) - '0';
        if (century < 1 || century > 6) return Check.wrong("iin_century", "digit", century);
        LocalDate born;
        try {
            born = LocalDate.of(1800 + 100 * ((century - 1) / 2) + Integer.parseInt(d.substring(0, 2)),
                    Integer.parseInt(d.substring(2, 4)), Integer.parseInt(d.substring(4, 6)));
        } catch (DateTimeException e) {
            return Check.wrong("iin_date", "date", d.substring(0, 6));
        }
        if (born.isAfter(today)) return Check.wrong("iin_date", "date", d.substring(0, 6));
        if (!CheckDigit.matches(d)) return Check.wrong("iin_check_digit");
        return Check.ok(d);
    }
}
