package kz.otinish.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A light suffix stripper for Kazakh, in the manner of Lucene's RussianLightStemmer: tables of endings, longest
 * first, each with the sound it must follow.
 *
 * <p>Kazakh stacks endings in a fixed order — stem, plural, possessive, case, personal — so the stemmer peels
 * them from the outside in, one table per slot, at most one ending from each. A verb ending (болады, бермеді,
 * жазып, алған) is one table on its own, since a noun reading would leave half of it behind (бермед-і).
 *
 * <p>The tables propose; a lexicon of stems ({@link KazakhLexicon}) disposes where they guess (see {@link #stem}).
 *
 * <p>Every comparison is made on folded letters ({@link KazakhLetters}), so a word typed on a Russian keyboard
 * loses the same endings as the word typed with ә, қ, ү, і: stem(fold(w)) = fold(stem(w)). That is also why the
 * tables list both vowel-harmony variants (ның/нің) without checking the stem's vowels: a Russian keyboard erases
 * the front vowels ә ө ү і that harmony would look at.
 */
final class KazakhStemmer {
    private static final String VOWEL = "аеиоуыэюяё";
    private static final String CONSONANT = "бвгджзйклмнпрстфхцчшщ";
    /** б в г д close only loanwords, which take the voiceless endings (клуб-тар). */
    private static final String VOICELESS = "пкстшфхцчщбвгд";
    private static final String SONORANT = "лрйу";
    private static final String NASAL = "мн";
    private static final String VOICED = "жз";
    /** The 3rd-person possessive -ы/-і, after which case endings take an -н- (үйі-нде, қаласы-на). */
    private static final String POSSESSIVE_3 = "ыи";
    private static final String ANY = null;

    private static final int MIN_NOUN_STEM = 3;
    private static final int MIN_VERB_STEM = 2;

    /** Personal endings of predicates: аламын, студентпіз, барасыз. */
    private static final Slot PERSONAL = table(
            "мын мін мыз міз", VOWEL + SONORANT + NASAL,            // ала-мын, мұғалім-мін
            "бын бін быз біз", NASAL + VOICED,                      // адам-бын, қыз-бын
            "пын пін пыз піз", VOICELESS,                           // студент-пін
            "сың сің сыз сіз сыңдар сіңдер сыздар сіздер", ANY);    // бара-сыз

    /** Finite verb endings: they end the word. */
    private static final Slot VERB = verbTable(
            "ады еді", CONSONANT,                                   // present: бол-ады
            "йды йді", VOWEL,                                       // present: қолда-йды
            "мады меді бады беді пады педі", ANY,                   // negative past: бол-мады
            "майды мейді байды бейді пайды пейді", ANY,             // negative present
            "ды ді", VOWEL + SONORANT + NASAL + VOICED,             // past: ал-ды, де-ді
            "дым дім дыңыз діңіз", VOWEL + SONORANT + NASAL + VOICED, // past, I and you: жібер-дім
            "тым тім тыңыз тіңіз", VOICELESS,                       // past, I and you: айт-тым
            "ты ті", VOICELESS,                                     // past: айт-ты
            "ып іп", CONSONANT,                                     // converb: жаз-ып
            "май мей бай бей пай пей", ANY);                        // negative converb: ал-май, бер-мей
    /**
     * The conditional: бол-са, жаз-сам. It carries its own person, so never comes before a personal ending:
     * келісемін is the present келіс-е-мін, not a conditional келі-се.
     */
    private static final Slot CONDITIONAL = verbTable("са се сам сем саңыз сеңіз", ANY);
    /** Participles and verbal nouns: they may end the word or carry plural, possessive and case (алған-да). */
    private static final Slot PARTICIPLE = verbTable(
            "ған ген", VOWEL + SONORANT + NASAL + VOICED,           // past participle: ал-ған
            "қан кен", VOICELESS,                                   // past participle: айт-қан
            "маған меген баған беген паған пеген", ANY,             // negative participle
            "атын етін", CONSONANT,                                 // habitual participle: бол-атын
            "йтын йтін", VOWEL,                                     // habitual participle: ойла-йтын
            "у", ANY,                                               // verbal noun: қабылда-у
            "ушы уші", ANY,                                         // agent: айт-ушы
            "мау меу бау беу пау пеу", ANY,                         // negative verbal noun
            // wish: жаз-ғым келеді; not after a vowel, where шағым, тұрағым are nouns
            "ғым гім ғың гің ғыңыз гіңіз ғысы гісі", SONORANT + NASAL + VOICED,
            "қым кім қың кің қыңыз кіңіз қысы кісі", VOICELESS);    // wish: айт-қым келеді
    /**
     * The converb -а/-е, taken only from a word with no other ending: after a case or possessive ending the word is
     * a noun (бала-сы) and its final -а is its own. Bare, бала would lose it, the price of бара → бар, but the
     * lexicon knows бала. The converb -п is taken only when the lexicon knows the verb (CHECKED_VERB), -й only
     * before a personal ending: жауап, кітап, мектеп, қой, той end so.
     */
    private static final Slot BARE_VERB = verbTable("а е", CONSONANT);
    /** Before a personal ending the present tense's -а, -е or -й is sure: ал-а-мын, таңда-й-мын. */
    private static final Slot PRESENT = verbTable("а е", CONSONANT, "й", VOWEL);
    /** Negation, inside a verb ending the tables don't list whole: қой-ма-са, ал-ма-дым, есті-ме-йтін. */
    private static final Slot NEGATION = verbTable("ма ме ба бе па пе", ANY);
    /** The passive, inside a verb ending: қой-ыл-ған. */
    private static final Slot VOICE = verbTable("ыл іл", CONSONANT);

    /** Case endings, by the sound they follow. */
    private static final Slot CASE = table(
            "ндағы ндегі", POSSESSIVE_3,                            // locative-attributive: қаласы-ндағы
            "дағы дегі", VOWEL + SONORANT + NASAL + VOICED,         // жол-дағы
            "тағы тегі", VOICELESS,                                 // мектеп-тегі
            "ның нің", VOWEL + NASAL,                               // genitive: қала-ның
            "дың дің", SONORANT + VOICED,                           // genitive: жол-дың
            "тың тің", VOICELESS,                                   // genitive: кітап-тың
            "нан нен", NASAL + POSSESSIVE_3,                        // ablative: адам-нан, іші-нен
            "дан ден", VOWEL + SONORANT + VOICED,                   // ablative: қала-дан
            "тан тен", VOICELESS,                                   // ablative: мектеп-тен
            "нда нде", POSSESSIVE_3,                                // locative: орны-нда
            "да де", VOWEL + SONORANT + NASAL + VOICED,             // locative: қала-да
            "та те", VOICELESS,                                     // locative: мектеп-те
            "ға ге", VOWEL + SONORANT + NASAL + VOICED,             // dative: қала-ға
            "қа ке", VOICELESS,                                     // dative: мектеп-ке
            "на не", POSSESSIVE_3,                                  // dative: орны-на
            "а е", NASAL,                                           // dative after -ым/-ың: үйім-е
            "ны ні", VOWEL,                                         // accusative: қала-ны
            "ды ді", SONORANT + NASAL + VOICED,                     // accusative: жол-ды
            "ты ті", VOICELESS,                                     // accusative: кітап-ты
            "н", POSSESSIVE_3,                                      // accusative: аты-н
            "мен", VOWEL + SONORANT + NASAL,                        // instrumental: қала-мен
            "бен", SONORANT + NASAL + VOICED,                       // instrumental: Қазақстан-бен
            "пен", VOICELESS);                                      // instrumental: кітап-пен

    /** Possessive endings; -ым and -ың are left out: they cannot be told from -ын and a root's own -ым (білім). */
    private static final Slot POSSESSIVE = table(
            "ымыз іміз ыңыз іңіз", CONSONANT,                       // our, your (polite): өтініш-іңіз
            "мыз міз ңыз ңіз", VOWEL,                               // қала-ңыз
            "ы і", CONSONANT + "у",                                 // 3rd person: кітаб-ы, оқу-ы
            "сы сі", VOWEL);                                        // 3rd person: қала-сы

    private static final Slot PLURAL = table(
            "лар лер", VOWEL + "рйу",                               // бала-лар
            "дар дер", "л" + NASAL + VOICED,                        // қол-дар
            "тар тер", VOICELESS);                                  // кітап-тар

    /** The slots of a noun's endings, from the outside in. */
    private static final List<Slot> NOUN_SLOTS = List.of(CASE, POSSESSIVE, PLURAL);

    /** Verb endings too like a noun's own letters to strip unchecked (жауап, кітап end in -п): the lexicon decides. */
    private static final Slot CHECKED_VERB = table(true, true,
            "п", VOWEL,                                             // converb: де-п, ойла-п
            "дық дік", VOWEL + SONORANT + NASAL + VOICED,           // past, we: бар-дық
            "тық тік", VOICELESS,                                   // past, we: айт-тық
            "айын ейін", CONSONANT, "йын йін", VOWEL,               // let me: бар-айын, ойла-йын
            "ыңыз іңіз", CONSONANT, "ңыз ңіз", VOWEL,               // polite imperative: жаз-ыңыз, ойла-ңыз
            "сын сін", ANY,                                         // let him: қыл-сын
            "ар ер", CONSONANT, "р", VOWEL);                        // future participle: бүлін-ер, бәсеңде-р
    /** My and your: -ым, -ің, as unsure as the table says; the lexicon decides (өмір-ім, but білім). */
    private static final Slot CHECKED_POSSESSIVE = table(false, true, "ым ім ың ің", CONSONANT, "м ң", VOWEL);

    /**
     * One ending: the folded suffix, the folded letters the stem may end with (null: any), whether what it leaves
     * is a verb's stem (ал-ды, ал-ған) or a noun's (қала-да), and whether it is one of the checked endings.
     */
    private record Rule(String suffix, String after, boolean verbal, boolean checked) {}

    private KazakhStemmer() {}

    /**
     * Stems {@code s[0..len)} in place and returns the stem's length. The word is read both as a verb and as a
     * noun, and the reading that explains more of it wins: бермеді is бер-меді, not бермед-і, but
     * өтінішіңізді is өтініш-іңіз-ді, not a past tense өтінішіңіз-ді.
     *
     * <p>The {@link KazakhLexicon} then checks that reading: a stem it knows as what the reading makes it (a noun's
     * or a verb's) stands. Otherwise every reading the tables allow is tried, and the shortest stem it knows wins:
     * бала stays бала, not the converb бал-а; қабылдады is қабылда-ды, not қабылд-ады. Only when none is known are
     * the checked endings tried as well (құшақта-п, өмір-ім), so шағымды stays шағым-ды, never шақ-ым-ды. A word none
     * of whose readings it knows keeps the rules' reading.
     */
    static int stem(char[] s, int len) {
        Stripped personal = strip(s, len, PERSONAL, MIN_NOUN_STEM, null);
        int length = personal == null ? len : personal.length;
        Stripped verb = asVerb(s, length, personal == null);
        Stripped noun = asNoun(s, length, personal);
        Stripped reading = verb != null && (noun == null || verb.length <= noun.length) ? verb : noun;
        if (!known(s, len, reading)) {
            Readings readings = new Readings(s, len);
            if (readings.found()) {
                reading = readings.shortest();
            }
        }
        return reading == null ? len : softenBeforeVowel(s, reading);
    }

    private static Stripped asVerb(char[] s, int len, boolean mayBeConditional) {
        Stripped verb = strip(s, len, VERB, MIN_VERB_STEM, null);
        if (mayBeConditional) {
            Stripped conditional = strip(s, len, CONDITIONAL, MIN_VERB_STEM, null);
            if (conditional != null && (verb == null || conditional.length < verb.length)) verb = conditional;
        }
        if (verb == null) {
            verb = strip(s, len, PARTICIPLE, MIN_VERB_STEM, null);
        }
        if (verb == null) return null;
        verb = strip(s, verb.length, NEGATION, MIN_VERB_STEM, verb);
        return strip(s, verb.length, VOICE, MIN_VERB_STEM, verb);
    }

    /** Case, possessive, plural, then what a noun may be made of: a participle, or a bare converb if nothing else. */
    private static Stripped asNoun(char[] s, int len, Stripped personal) {
        Stripped last = personal;
        int length = len;
        boolean inflected = false;
        for (Slot slot : NOUN_SLOTS) {
            Stripped ending = strip(s, length, slot, MIN_NOUN_STEM, last);
            inflected |= ending != last;
            last = ending;
            length = last == null ? length : last.length;
        }
        Stripped verb = strip(s, length, PARTICIPLE, MIN_VERB_STEM, null);
        if (verb == null && !inflected) {
            verb = strip(s, length, personal == null ? BARE_VERB : PRESENT, MIN_VERB_STEM, null);
        }
        return verb == null ? last : strip(s, verb.length, VOICE, MIN_VERB_STEM, verb);
    }

    /** A stem's final п к қ becomes б г ғ before a vowel (кітап → кітабы): undo it when the ending began so. */
    private static int softenBeforeVowel(char[] s, Stripped last) {
        char hard = hardEnd(s, last);
        if (hard != 0) {
            s[last.length - 1] = hard;
        }
        return last.length;
    }

    /** The п, к or қ that the stem's final б, г or ғ stands for, when the ending began with a vowel; else 0. */
    private static char hardEnd(char[] s, Stripped reading) {
        if (reading == null || VOWEL.indexOf(reading.rule.suffix.charAt(0)) < 0) return 0;
        int at = "бгғ".indexOf(s[reading.length - 1]);
        return at < 0 ? 0 : "пкқ".charAt(at);
    }

    private record Stripped(int length, Rule rule) {}

    /** Whether the lexicon knows the stem a reading leaves (null: the whole word) as a verb's or a noun's. */
    private static boolean known(char[] s, int len, Stripped reading) {
        int length = reading == null ? len : reading.length;
        int end = length - 1;
        char was = s[end];
        char hard = hardEnd(s, reading);
        if (hard != 0) {
            s[end] = hard; // кітаб-ы is looked up as кітап
        }
        boolean known = reading != null && reading.rule.verbal
                ? KazakhLexicon.STEMS.isVerb(s, length)
                : KazakhLexicon.STEMS.isNoun(s, length);
        s[end] = was;
        return known;
    }

    /**
     * Every reading of a word, slot by slot as the rules read it but with any ending of a slot, or none, and the
     * checked endings too, in one pass: keeps the shortest stem the lexicon knows among the readings without a
     * checked ending, and apart from them the shortest among those with one, which counts only when the first is
     * not found.
     */
    private static final class Readings {
        private final char[] s;
        private final int len;
        private boolean foundPlain, foundChecked;
        private Stripped plain, checked;

        Readings(char[] s, int len) {
            this.s = s;
            this.len = len;
            offer(null, false);
            for (Stripped personal : orNone(all(len, PERSONAL, MIN_NOUN_STEM), null)) {
                int base = personal == null ? len : personal.length;
                if (personal != null) offer(personal, false);
                asVerb(personal, base);
                asNoun(personal, base);
            }
        }

        boolean found() {
            return foundPlain || foundChecked;
        }

        /** The shortest known reading; one that needs a checked ending only when no other is known. */
        Stripped shortest() {
            return foundPlain ? plain : checked;
        }

        private void asVerb(Stripped personal, int base) {
            List<Stripped> verbs = all(base, VERB, MIN_VERB_STEM);
            if (personal == null) verbs.addAll(all(base, CONDITIONAL, MIN_VERB_STEM));
            verbs.addAll(all(base, PARTICIPLE, MIN_VERB_STEM));
            verbs.addAll(all(base, CHECKED_VERB, MIN_VERB_STEM));
            for (Stripped verb : verbs) {
                for (Stripped negated : orNone(all(verb.length, NEGATION, MIN_VERB_STEM), verb)) {
                    withVoice(negated, verb.rule.checked);
                }
            }
        }

        private void asNoun(Stripped personal, int base) {
            for (Stripped cased : orNone(all(base, CASE, MIN_NOUN_STEM), personal)) {
                int afterCase = cased == null ? base : cased.length;
                List<Stripped> possessives = all(afterCase, POSSESSIVE, MIN_NOUN_STEM);
                possessives.addAll(all(afterCase, CHECKED_POSSESSIVE, MIN_NOUN_STEM));
                for (Stripped owned : orNone(possessives, cased)) {
                    boolean checkedEnding = owned != null && owned.rule.checked;
                    int afterPossessive = owned == null ? base : owned.length;
                    for (Stripped noun : orNone(all(afterPossessive, PLURAL, MIN_NOUN_STEM), owned)) {
                        int stem = noun == null ? base : noun.length;
                        boolean inflected = noun != personal;
                        if (inflected) offer(noun, checkedEnding);
                        List<Stripped> made = all(stem, PARTICIPLE, MIN_VERB_STEM);
                        if (!inflected) made.addAll(all(stem, personal == null ? BARE_VERB : PRESENT, MIN_VERB_STEM));
                        for (Stripped verb : made) withVoice(verb, checkedEnding);
                    }
                }
            }
        }

        private void withVoice(Stripped verb, boolean checkedEnding) {
            for (Stripped reading : orNone(all(verb.length, VOICE, MIN_VERB_STEM), verb)) {
                offer(reading, checkedEnding);
            }
        }

        /** {@code checkedEnding}: the reading took a checked ending on its way; no matter once a plain one is known. */
        private void offer(Stripped reading, boolean checkedEnding) {
            if (checkedEnding && foundPlain) return;
            boolean found = checkedEnding ? foundChecked : foundPlain;
            Stripped shortest = checkedEnding ? checked : plain;
            int length = reading == null ? len : reading.length;
            int best = shortest == null ? len : shortest.length;
            if ((!found || length < best) && known(s, len, reading)) {
                if (checkedEnding) {
                    foundChecked = true;
                    checked = reading;
                } else {
                    foundPlain = true;
                    plain = reading;
                }
            }
        }

        /** Every ending of the slot that the word has and whose condition holds. */
        private List<Stripped> all(int length, Slot slot, int minStem) {
            List<Stripped> all = new ArrayList<>();
            for (Rule rule : slot.endingIn(s, length)) {
                if (fits(s, length, rule, minStem)) all.add(new Stripped(length - rule.suffix.length(), rule));
            }
            return all;
        }

        /** The readings and, last, {@code none}: the slot left empty. */
        private static List<Stripped> orNone(List<Stripped> readings, Stripped none) {
            readings.add(none);
            return readings;
        }
    }

    /** The longest ending of the slot that the word has and whose condition holds, or {@code otherwise}. */
    private static Stripped strip(char[] s, int len, Slot slot, int minStem, Stripped otherwise) {
        for (Rule rule : slot.endingIn(s, len)) {
            if (fits(s, len, rule, minStem)) {
                return new Stripped(len - rule.suffix.length(), rule);
            }
        }
        return otherwise;
    }

    /** Whether the word ends with the rule's ending, leaving a stem long enough, with a vowel, ending as it must. */
    private static boolean fits(char[] s, int len, Rule rule, int minStem) {
        int stem = len - rule.suffix.length();
        return stem >= minStem && endsWith(s, len, rule.suffix) && hasVowel(s, stem)
                && (rule.after == null || rule.after.indexOf(KazakhLetters.fold(s[stem - 1])) >= 0);
    }

    private static boolean endsWith(char[] s, int len, String suffix) {
        int start = len - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (KazakhLetters.fold(s[start + i]) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasVowel(char[] s, int len) {
        for (int i = 0; i < len; i++) {
            if (VOWEL.indexOf(KazakhLetters.fold(s[i])) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Pairs of (endings separated by spaces, letters the stem may end with), sorted longest ending first. */
    private static Slot table(String... pairs) {
        return table(false, false, pairs);
    }

    /** A table whose endings leave a verb's stem. */
    private static Slot verbTable(String... pairs) {
        return table(true, false, pairs);
    }

    private static Slot table(boolean verbal, boolean checked, String... pairs) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String suffix : pairs[i].split(" ")) {
                rules.add(new Rule(KazakhLetters.fold(suffix), pairs[i + 1], verbal, checked));
            }
        }
        rules.sort(Comparator.comparingInt((Rule rule) -> rule.suffix.length()).reversed());
        return new Slot(rules);
    }

    /**
     * A table's endings, longest first, filed by their last (folded) letter, а to я: a word is checked only against
     * the endings its own last letter can close, a tenth of a table or less, where checking them all was most of
     * the stemmer's time.
     */
    private static final class Slot {
        private static final char FIRST = 'а';
        private final List<List<Rule>> byLastLetter = new ArrayList<>();

        Slot(List<Rule> longestFirst) {
            for (char c = FIRST; c <= 'я'; c++) {
                char last = c;
                byLastLetter.add(longestFirst.stream().filter(r -> r.suffix.charAt(r.suffix.length() - 1) == last).toList());
            }
        }

        List<Rule> endingIn(char[] s, int len) {
            int at = len == 0 ? -1 : KazakhLetters.fold(s[len - 1]) - FIRST;
            return at >= 0 && at < byLastLetter.size() ? byLastLetter.get(at) : List.of();
        }
    }
}
