package kz.otinish.akimat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.otinish.search.KazakhLetters;
import kz.otinish.search.LatinScript;

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
        for (String cyrillic : List.of(LatinScript.toCyrillicKazakh(text), LatinScript.toCyrillicRussian(text))) {
            out.add(fold(cyrillic));
        }
        return out;
    }

    /**
     * Folds Cyrillic text with the search package's Kazakh folding, then evens out the letters
     * people swap in names; anything that is not a letter becomes a space.
     */
    static String fold(String text) {
        String folded = KazakhLetters.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
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
