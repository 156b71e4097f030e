package kz.otinish.search;

import java.util.Set;

/**
 * Kazakh endings as the folded analysis spells them (ә→а, і→и, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у), for the words
 * the stemmer leaves whole: an abbreviation with its ending glued on ("ЭЦҚмен", "ЖСНымды") or a stem it
 * does not know ("мекенжайым"). The search checks them against a word it does know: "эцкмен" is "эцк" + "мен".
 */
final class KazakhEndings {
    private KazakhEndings() {}

    /** Possessive, case, plural and "without" endings, in every harmony and assimilation variant. */
    private static final Set<String> ENDINGS = Set.of(
            "ым", "им", "м", "ын", "ин", "н", "ы", "и", "сы", "си", "мыз", "миз", "ымыз", "имиз",
            "лар", "лер", "дар", "дер", "тар", "тер",
            "га", "ге", "ка", "ке", "на", "не", "а", "е",
            "да", "де", "та", "те", "нда", "нде",
            "дан", "ден", "тан", "тен", "нан", "нен",
            "ды", "ди", "ты", "ти", "ны", "ни",
            "дын", "дин", "тын", "тин", "нын", "нин",
            "мен", "бен", "пен", "сыз", "сиз");

    /** Whether {@code rest} is one ending or two in a row ("ымды" = ым + ды). */
    static boolean are(String rest) {
        if (ENDINGS.contains(rest)) return true;
        for (int i = 1; i < rest.length(); i++) {
            if (ENDINGS.contains(rest.substring(0, i)) && ENDINGS.contains(rest.substring(i))) return true;
        }
        return false;
    }
}
