package kz.otinish.appeal;

/**
 * A Kazakhstan mobile number, as e-Otinish requires one: it refuses to register an appeal whose
 * applicant gave a city (landline) number. Accepted forms: +7 7xx…, 8 7xx…, 7 7xx… and the bare
 * ten digits, with any spaces, dashes, dots and brackets; kept as "+7 7xx xxx xx xx".
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
        } else if (d.length() == 10 && !plus) {
            national = d;
        } else {
            return Check.wrong("phone_format");
        }
        if (national.charAt(0) != '7') return Check.wrong("phone_not_kz");
        String code = national.substring(0, 3);
        if (code.startsWith("71") || code.startsWith("72")) return Check.wrong("phone_landline");
        boolean mobile = code.startsWith("70") || code.equals("747") || code.startsWith("75")
                || code.startsWith("76") || code.startsWith("77");
        if (!mobile) return Check.wrong("phone_format");
        return Check.ok("+7 " + code + " " + national.substring(3, 6) + " " + national.substring(6, 8)
                + " " + national.substring(8));
    }
}
