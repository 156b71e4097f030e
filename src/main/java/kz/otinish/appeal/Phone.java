package kz.otinish.appeal;

/**
 * A Kazakhstan phone number: a mobile one, as e-Otinish's cabinet requires (it does not register an appeal whose
 * applicant's cabinet has a city number), or a city number, taken with that warning, since a paper letter may
 * carry one. Accepted forms: +7 7xx…, 8 7xx…, 7 7xx… and the bare ten digits, with any spaces, dashes, dots and
 * brackets; kept as "+7 7xx xxx xx xx".
 *
 * <p>After the country code 7, mobile operators use 70x, 747, 75x, 76x and 77x; the area codes of
 * fixed lines begin 71 or 72 (Astana 7172, Almaty 727, Karaganda 7212, …).
 */
public final class Phone {
    private Phone() {}

    public static Check check(String input) {
        String s = input.strip();
        if (s.isEmpty() || !s.matches("\\+?[0-9 ()\\-.]+")) return Check.wrong("phone_format");
        String d = s.replaceAll("[^0-9]", "");
        boolean plus = s.startsWith("+");
        String national;
        if (d.length() == 11 && d.charAt(0) == '7') {
            national = d.substring(1);
        } else if (d.length() == 11 && d.charAt(0) == '8' && !plus) {
            national = d.substring(1);
        } else if (d.length() == 10 && !plus && d.charAt(0) != '8') { // 8 and nine digits: one missing
            national = d;
        } else {
            return Check.wrong(miscounted(d, plus));
        }
        if (national.charAt(0) != '7') return Check.wrong("phone_not_kz");
        String code = national.substring(0, 3);
        String shown = "+7 " + code + " " + national.substring(3, 6) + " " + national.substring(6, 8) + " " + national.substring(8);
        // A city number serves a paper letter; only e-Otinish's cabinet refuses one, and the person is told so.
        if (code.startsWith("71") || code.startsWith("72")) return Check.okNoting(shown, "phone_landline");
        boolean mobile = code.startsWith("70") || code.equals("747") || code.startsWith("75")
                || code.startsWith("76") || code.startsWith("77");
        if (!mobile) return Check.wrong("phone_format");
        return Check.ok(shown);
    }

    /**
     * "8 701 234 56 7": a mobile number with a digit missing or one too many is said to be so, which a person
     * can fix at a glance, rather than "not a Kazakhstan number".
     */
    private static String miscounted(String d, boolean plus) {
        boolean prefixed = plus || d.startsWith("8");
        int national = prefixed ? d.length() - 1 : d.length();
        String start = prefixed ? d.substring(1) : d;
        if (!start.startsWith("7") || prefixed && !d.matches("[78].*")) return "phone_format";
        if (national == 9) return "phone_short";
        if (national == 11) return "phone_long";
        return "phone_format";
    }
}
