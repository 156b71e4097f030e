package kz.otinish.appeal;

/**
 * The business identification number (БИН / БСН): YYMM of registration, the kind of entity
 * (4 resident legal entity, 5 non-resident, 6 joint individual entrepreneurship), its division
 * (0 head office, 1 branch, 2 representative office, 3 peasant farm), a five-digit serial, the control digit.
 * A fifth digit of 0–3 is the first digit of a birth day: the user typed an IIN, and is told so.
 */
public final class Bin {
    private Bin() {}

    public static Check check(String input) {
        String d = CheckDigit.digitsOf(input);
        if (d == null) return Check.wrong("bin_digits");
        if (d.length() != 12) return Check.wrong("bin_length", "count", d.length());
        int month = Integer.parseInt(d.substring(2, 4));
        int kind = d.charAt(4) - '0';
        int division = d.charAt(5) - '0';
        if (kind <= 3) return Check.wrong("bin_is_iin");
        if (month < 1 || month > 12 || kind > 6 || division > 3) return Check.wrong("bin_format");
        if (!CheckDigit.matches(d)) return Check.wrong("bin_check_digit");
        return Check.ok(d);
    }
}
