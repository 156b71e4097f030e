package kz.otinish.akimat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place where a place name is brought to the form the matcher compares: Cyrillic, lowercase,
 * Kazakh letters folded to the Russian ones phones type instead, and the letters people swap or drop
 * (ё/е, э/е, й/и, щ/ш, ь, ъ) made equal. Latin input is read twice, as Kazakh and as Russian, because
 * "Petropavlovsk" and "Qostanai" need different readings of the same letters.
 */
final class PlaceText {
    private PlaceText() {}

    /** Every folded reading of a text: one for Cyrillic text, up to two for Latin. */
    static Set<String> readings(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String cyrillic : List.of(TemporaryLatin.toCyrillicKazakh(text), TemporaryLatin.toCyrillicRussian(text))) {
            out.add(fold(cyrillic));
        }
        return out;
    }

    /** Folds Cyrillic text; anything that is not a letter becomes a space. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ә' -> out.append('а');
                case 'ғ' -> out.append('г');
                case 'қ' -> out.append('к');
                case 'ң' -> out.append('н');
                case 'ө' -> out.append('о');
                case 'ұ', 'ү' -> out.append('у');
                case 'і' -> out.append('и');
                case 'һ' -> out.append('х');
                case 'ё', 'э' -> out.append('е');
                case 'й' -> out.append('и');
                case 'щ' -> out.append('ш');
                case 'ь', 'ъ' -> { }
                default -> out.append(Character.isLetter(c) ? c : ' ');
            }
        }
        return out.toString();
    }

    /** Words of a folded reading. */
    static List<String> words(String folded) {
        return List.of(folded.trim().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
    }
}
