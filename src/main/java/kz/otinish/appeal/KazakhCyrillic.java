package kz.otinish.appeal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.otinish.search.LatinScript;

/**
 * Kazakh typed in Latin letters, written in Cyrillic for the letter, word by word, keeping each word's capitals
 * ("Bizdin" → "Біздің" where the spelling shows it): offered at the review, done only when the person agrees, since a
 * state body reads Cyrillic and the reading of an informal spelling is a guess the person should see.
 */
public final class KazakhCyrillic {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’ʼ]+");
    /** A text is worth offering when most of its letters are Latin. */
    private static final double LATIN_SHARE = 0.5;

    private KazakhCyrillic() {}

    public static boolean mostlyLatin(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return letters > 0 && latin >= LATIN_SHARE * letters;
    }

    public static String of(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String cyrillic = LatinScript.toCyrillicKazakh(word);
            if (!cyrillic.equals(word) && !cyrillic.isEmpty()) {
                if (word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase) && word.length() > 1) {
                    cyrillic = cyrillic.toUpperCase(java.util.Locale.ROOT);
                } else if (Character.isUpperCase(word.codePointAt(0))) {
                    cyrillic = cyrillic.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + cyrillic.substring(1);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(cyrillic));
        }
        m.appendTail(out);
        return out.toString();
    }
}
