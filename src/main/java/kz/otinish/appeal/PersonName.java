package kz.otinish.appeal;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;

/**
 * A surname, a given name or a patronymic (or a full name, with {@code words} > 1): letters of the
 * Kazakh, Russian or Latin alphabets, with a hyphen (Мұхамед-Әли), an apostrophe (O'Brien) or a space
 * between parts. Words that ask for anonymity get their own answer: anonymous appeals are not considered.
 */
public final class PersonName {
    private static final Set<String> ANONYMOUS = Set.of(
            "аноним", "анонимно", "анонимный", "анонимная", "anonymous", "anon", "атаусыз", "белгісіз", "жасырын");
    private static final int MAX = 60;

    private PersonName() {}

    /** {@code minWords}: 1 for a single name, 2 for "surname and name" of a representative. */
    public static Check check(String input, int minWords) {
        String s = input.strip().replaceAll("\\s+", " ").replace('’', '\'').replace('ʼ', '\'');
        if (s.isEmpty()) return Check.wrong("name_empty");
        if (ANONYMOUS.contains(s.toLowerCase(Locale.ROOT))) return Check.wrong("anonymous");
        if (s.chars().anyMatch(Character::isDigit)) return Check.wrong("name_digits");
        if (s.length() > MAX) return Check.wrong("name_long", "max", MAX);
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = Character.isLetter(c) && isKazakhRussianOrLatin(c);
            boolean joiner = c == '-' || c == '\'' || c == ' ';
            if (!letter && !joiner) return Check.wrong("name_letters", "char", String.valueOf(c));
            if (joiner && (i == 0 || i == s.length() - 1 || prev == '-' || prev == '\'' || prev == ' ')) {
                return Check.wrong("name_letters", "char", String.valueOf(c));
            }
            prev = c;
        }
        if (s.split(" ").length < minWords) return Check.wrong("name_full");
        return Check.ok(s);
    }

    private static boolean isKazakhRussianOrLatin(char c) {
        UnicodeScript script = UnicodeScript.of(c);
        return script == UnicodeScript.CYRILLIC || script == UnicodeScript.LATIN;
    }
}
