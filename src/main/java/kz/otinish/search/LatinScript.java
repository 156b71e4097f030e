package kz.otinish.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latin-script Kazakh and Russian back to Cyrillic, word by word; words in any other script, or mixing scripts,
 * are left alone.
 *
 * <p>Kazakh is written in Latin four ways, and a word shows which by its letters: the 2021 alphabet (ä ğ ñ ö ū ü ş
 * ç, ı for ы, i for і, y for и/й), the 2018 acute alphabet (á ǵ ń ó ú ý, ı for и/й, y for ы, u for ұ), the 2017
 * apostrophe alphabet (a' g' i' n' o' u' y' s' c', i for и/й, y for ы) and the informal spelling of phone keyboards
 * (sh zh ch, q or k, y for ы, ya for я). Letters that mean different things in different alphabets (y, i, ı, u) are
 * read by the alphabet the word shows, informal when it shows none; after a vowel, y, i and ı are й in all of them,
 * since Kazakh has no ы or і right after a vowel. Output is lowercase.
 */
public final class LatinScript {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’ʼ][\\p{L}\\p{M}]*)*");
    private static final String APOSTROPHES = "'’ʼ";
    private static final Pattern I_AFTER_VOWEL = Pattern.compile("[aeiouáóúý]ı");
    private static final String LATIN_VOWELS = "aeiouyäöüıūáóúýíé";
    private static final String CYRILLIC_VOWELS = "аәеиоөұүуыіэюяё";

    /** Kazakh letters that a word may carry whatever its alphabet. */
    private static final String MARKED = "äğñöūüşçáǵńóúý";
    private static final String MARKED_KAZAKH = "әғңөұүшчәғңөүу";
    /** 2017: a letter followed by an apostrophe. */
    private static final String BEFORE_APOSTROPHE = "agino" + "uysc";
    private static final String APOSTROPHE_KAZAKH = "әғіңө" + "үұшч";
    /** Plain letters that read the same in every alphabet; y, i, u and í depend on the alphabet. */
    private static final String PLAIN = "abdefghjklmnopqrstvwxzcé";
    private static final String PLAIN_KAZAKH = "абдефгхжклмнопқрствухзце";
    private static final String PLAIN_RUSSIAN = "абдефгхжклмнопкрстввхзце";

    /** Russian prefixes after which an apostrophe before a y-vowel is the hard sign: ob'yavlenie → объявление. */
    private static final Set<String> HARD_SIGN_PREFIXES =
            Set.of("ob", "pod", "nad", "raz", "ras", "iz", "is", "s", "v", "ot", "pred", "vz", "voz", "bez", "in");

    private enum Alphabet { INFORMAL, APOSTROPHE_2017, ACUTE_2018, OFFICIAL_2021 }

    private LatinScript() {}

    /** "otinishti qalai qaitaryp alamyn" → "өтінішті қалай қайтарып аламын". */
    public static String toCyrillicKazakh(String text) {
        return eachLatinWord(text, true);
    }

    /** "kak podat zhalobu" → "как подат жалобу" (the Russian analyzer's stemmer drops a final soft sign anyway). */
    public static String toCyrillicRussian(String text) {
        return eachLatinWord(text, false);
    }

    private static String eachLatinWord(String text, boolean kazakh) {
        Matcher word = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        StringBuilder out = new StringBuilder(text.length());
        while (word.find()) {
            String found = word.group();
            word.appendReplacement(out, Matcher.quoteReplacement(
                    !isLatin(found) ? found : kazakh ? kazakhWord(lower(found)) : russianWord(lower(found))));
        }
        return word.appendTail(out).toString();
    }

    /** True when every letter is Latin (apostrophes and combining marks aside) and there is at least one. */
    static boolean isLatin(CharSequence word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                letters = true;
            } else if (APOSTROPHES.indexOf(c) < 0 && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return letters;
    }

    /** Lowercase, without the dot that lowercasing a Turkish-style İ leaves behind. */
    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace("\u0307", "");
    }

    /** One lowercase Latin Kazakh word in Cyrillic. */
    static String kazakhWord(String w) {
        Alphabet alphabet = alphabetOf(w);
        StringBuilder out = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            char next = at(w, i + 1);
            int apostrophe = BEFORE_APOSTROPHE.indexOf(c);
            if (apostrophe >= 0 && APOSTROPHES.indexOf(next) >= 0) {
                out.append(APOSTROPHE_KAZAKH.charAt(apostrophe));
                i += 2;
                continue;
            }
            int digraph = digraph(w, i, out);
            if (digraph > 0) {
                i += digraph;
                continue;
            }
            if (c == 't' && next == 's' && at(w, i + 2) == 'i' && isLatinVowel(at(w, i + 3))) {
                out.append('ц'); // loans only: stantsiya; a Kazakh т+с (aitsa, ketsin) stays
                i += 2;
                continue;
            }
            if (alphabet == Alphabet.INFORMAL && c == 'n' && next == 'g' && !isLatinVowel(at(w, i + 2))) {
                out.append('ң');
                i += 2;
                continue;
            }
            int marked = MARKED.indexOf(c);
            int plain = PLAIN.indexOf(c);
            char previous = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
            boolean afterVowel = previous != 0 && CYRILLIC_VOWELS.indexOf(previous) >= 0;
            if (marked >= 0) {
                out.append(MARKED_KAZAKH.charAt(marked));
            } else if (plain >= 0) {
                out.append(PLAIN_KAZAKH.charAt(plain));
            } else if (c == 'y') {
                boolean shortI = afterVowel && previous != 'у'; // у before a vowel is a consonant: тауы, оқуы
                out.append(shortI ? 'й' : alphabet == Alphabet.OFFICIAL_2021 ? 'и' : 'ы');
            } else if (c == 'i') {
                boolean iIsI = alphabet == Alphabet.OFFICIAL_2021 || alphabet == Alphabet.ACUTE_2018;
                out.append(iIsI ? 'і' : afterVowel ? 'й' : alphabet == Alphabet.APOSTROPHE_2017 ? 'и' : 'і');
            } else if (c == 'ı' || c == 'í') {
                boolean shortI = afterVowel && previous != 'у';
                out.append(shortI ? 'й' : alphabet == Alphabet.ACUTE_2018 ? 'и' : 'ы');
            } else if (c == 'u') {
                out.append(alphabet == Alphabet.ACUTE_2018 ? 'ұ' : 'у');
            } else if (APOSTROPHES.indexOf(c) < 0) {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /** One lowercase Latin Russian word in Cyrillic. */
    static String russianWord(String w) {
        StringBuilder out = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            char next = at(w, i + 1);
            if (w.startsWith("sch", i) && !w.startsWith("schk", i)) {
                out.append('щ');
                i += 3;
                continue;
            }
            int digraph = digraph(w, i, out);
            if (digraph > 0) {
                i += digraph;
                continue;
            }
            if (w.startsWith("tsya", i) && i + 4 == w.length()) {
                out.append("тся"); // a reflexive verb (nahoditsya, registriruetsya), not a ц: loans end -tsiya
                i += 4;
                continue;
            }
            if (c == 't' && next == 's') {
                out.append('ц');
                i += 2;
                continue;
            }
            boolean afterVowel = !out.isEmpty() && CYRILLIC_VOWELS.indexOf(out.charAt(out.length() - 1)) >= 0;
            int plain = PLAIN.indexOf(c);
            if (APOSTROPHES.indexOf(c) >= 0) {
                boolean hard = (next == 'y' || next == 'e') && HARD_SIGN_PREFIXES.contains(w.substring(0, i));
                out.append(hard ? 'ъ' : 'ь');
            } else if (c == 'j') {
                out.append(isLatinVowel(next) ? 'ж' : 'й');
            } else if (c == 'y') {
                out.append(afterVowel ? 'й' : 'ы');
            } else if (c == 'i') {
                out.append('и');
            } else if (c == 'u') {
                out.append('у');
            } else if (plain >= 0) {
                out.append(PLAIN_RUSSIAN.charAt(plain));
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /**
     * The spellings both languages share: shch sh ch zh kh, ya yu yo ye. Appends the letter and returns how many
     * Latin letters it took, or 0. A y-vowel pair is one letter: Kazakh has no ы before a vowel.
     */
    private static int digraph(String w, int i, StringBuilder out) {
        if (w.startsWith("shch", i)) {
            out.append('щ');
            return 4;
        }
        char c = w.charAt(i);
        char next = at(w, i + 1);
        if (next == 'h') {
            int at = "szck".indexOf(c);
            if (at >= 0) {
                out.append("шжчх".charAt(at));
                return 2;
            }
        }
        if (c == 'y') {
            int at = "auoe".indexOf(next);
            if (at >= 0) {
                out.append("яюёе".charAt(at));
                return 2;
            }
        }
        return 0;
    }

    private static Alphabet alphabetOf(String w) {
        // ı is ы in 2021 and и/й in 2018; ы never follows a vowel, so ı after one is the 2018 й (qalaı)
        if (w.chars().anyMatch(c -> "áǵńóúýí".indexOf(c) >= 0) || I_AFTER_VOWEL.matcher(w).find()) {
            return Alphabet.ACUTE_2018;
        }
        if (w.chars().anyMatch(c -> "äğñöūüşçı".indexOf(c) >= 0)) {
            return Alphabet.OFFICIAL_2021;
        }
        if (w.chars().anyMatch(c -> APOSTROPHES.indexOf(c) >= 0)) {
            return Alphabet.APOSTROPHE_2017;
        }
        return Alphabet.INFORMAL;
    }

    private static boolean isLatinVowel(char c) {
        return c != 0 && LATIN_VOWELS.indexOf(c) >= 0;
    }

    private static char at(String w, int i) {
        return i < w.length() ? w.charAt(i) : 0;
    }
}
