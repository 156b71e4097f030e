package kz.otinish.dialog;

import java.util.regex.Pattern;

/**
 * Numbers and addresses people put into a question ("ЖСН 990101300123, тел 8 701 123 45 67, арыз тіркелмеді")
 * replaced by what they were, before the question is kept for admins: the admins need the gist, not the person.
 * Names and street addresses cannot be told from other words; the length limit of what is kept covers those.
 */
final class PersonalDetails {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(\\+\\s?7|8)[\\s(-]*\\d{3}[\\s)-]*\\d{3}[\\s-]*\\d{2}[\\s-]*\\d{2}(?!\\d)");
    /** IIN and BIN (12 digits), card, document and other long numbers. */
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)\\d(?:[\\s-]?\\d){8,}(?!\\d)");

    private PersonalDetails() {}

    static String masked(String text) {
        String out = EMAIL.matcher(text).replaceAll("‹email›");
        out = PHONE.matcher(out).replaceAll("‹phone›");
        return NUMBER.matcher(out).replaceAll("‹number›");
    }
}
