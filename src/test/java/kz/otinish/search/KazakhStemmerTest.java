package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per rule of {@link KazakhStemmer}'s tables, in the tables' order; a second row where the rule must not fire. */
class KazakhStemmerTest {
    private static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, KazakhStemmer.stem(chars, chars.length));
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
        // personal
        "аламын,         ал,       personal -мын then converb -а",
        "мұғаліммін,     мұғалім,  personal -мін",
        "студентпін,     студент,  personal -пін",
        "барасыз,        бар,      personal -сыз then converb -а",
        "таңдаймын,      таңда,    personal -мын then present -й",
        "келесіңдер,     кел,      personal -сіңдер then converb -е",
        // finite verb
        "болады,         бол,      present -ады",
        "қолдайды,       қолда,    present -йды",
        "болмады,        бол,      negative past -мады",
        "бермейді,       бер,      negative present -мейді",
        "алды,           ал,       past -ды",
        "деді,           де,       past -ді after a vowel",
        "айтты,          айт,      past -ты",
        "жазып,          жаз,      converb -ып",
        "болса,          бол,      conditional -са",
        "жазсам,         жаз,      conditional -сам",
        "келісемін,      келіс,    present -е and -мін: no conditional -се before a personal ending",
        "жібердім,       жібер,    past -дім",
        "алмай,          ал,       negative converb -май",
        "жіберілмей,     жібер,    negative converb -мей after the passive",
        "айттыңыз,       айт,      past -тыңыз",
        // participle and verbal noun
        "алған,          ал,       participle -ған",
        "айтқан,         айт,      participle -қан",
        "келмеген,       кел,      negative participle -меген",
        "болатын,        бол,      habitual participle -атын",
        "ойлайтын,       ойла,     habitual participle -йтын",
        "қабылдау,       қабылда,  verbal noun -у",
        "бермеу,         бер,      negative verbal noun -меу",
        "айтушы,         айт,      agent noun -ушы",
        "жазғым,         жаз,      wish -ғым (жазғым келеді)",
        "сөйлескім,      сөйлес,   wish -кім after a voiceless consonant",
        "бергісі,        бер,      wish -гісі (he wants)",
        // negation inside a verb ending
        "қоймаса,        қой,      conditional -са, then negation -ма",
        "алмадым,        ал,       past -дым, then negation -ма",
        "естімейтін,     есті,     habitual participle -йтін, then negation -ме",
        "жазғанда,       жаз,      participle with case",
        "қаралуы,        қарал,    possessive -ы, then the verbal noun -у",
        // bare converb
        "бара,           бар,      converb -а",
        // voice
        "қойылған,       қой,      passive -ыл inside a participle",
        "төгілген,       төк,      passive -іл, then г back to к",
        // case
        "қаласындағы,    қала,     -ндағы after the possessive",
        "жолдағы,        жол,      -дағы",
        "мектептегі,     мектеп,   -тегі",
        "қаланың,        қала,     genitive -ның",
        "әкімнің,        әкім,     genitive -нің after a nasal",
        "жолдың,         жол,      genitive -дың",
        "кітаптың,       кітап,    genitive -тың",
        "адамнан,        адам,     ablative -нан",
        "ішінен,         іші,      ablative -нен after the possessive, the stem kept at 3 letters",
        "қаладан,        қала,     ablative -дан",
        "мектептен,      мектеп,   ablative -тен",
        "қаласында,      қала,     locative -нда, possessive -сы",
        "қалада,         қала,     locative -да",
        "мектепте,       мектеп,   locative -те",
        "қалаға,         қала,     dative -ға",
        "мектепке,       мектеп,   dative -ке",
        "қаласына,       қала,     dative -на after the possessive",
        "үйіме,          үйім,     dative -е after a nasal",
        "қаланы,         қала,     accusative -ны",
        "жолды,          жол,      accusative -ды",
        "кітапты,        кітап,    accusative -ты",
        "кітабын,        кітап,    accusative -н after the possessive, then б back to п",
        "баламен,        бала,     instrumental -мен",
        "Қазақстанмен,   Қазақстан,instrumental -мен after a nasal",
        "қызбен,         қыз,      instrumental -бен",
        "кітаппен,       кітап,    instrumental -пен",
        // possessive
        "өтінішіңіз,     өтініш,   possessive -іңіз",
        "қалаңыз,        қала,     possessive -ңыз",
        "кітабы,         кітап,    possessive -ы, then б back to п",
        "жолағы,         жолақ,    possessive -ы, then ғ back to қ",
        "оқуы,           оқ,       possessive -ы after у, then the verbal noun -у",
        "қаласы,         қала,     possessive -сы",
        // plural
        "балалар,        бала,     plural -лар",
        "қолдар,         қол,      plural -дар",
        "кітаптар,       кітап,    plural -тар",
        "өтініштеріңізді,өтініш,   plural, possessive, case",
        // read again where the lexicon does not know the rules' stem
        "қабылдады,      қабылда,  the rules read қабылд-ады; the lexicon knows the verb қабылда-: қабылда-ды",
        "шағымды,        шағым,    a reading of the tables the lexicon knows (шағым-ды) wins over a checked one (шақ-ым-ды)",
        // checked endings, taken when the lexicon knows the stem
        "өмірім,         өмір,     my -ім",
        "арызымды,       арыз,     my -ым before a case ending",
        "бардық,         бар,      past, we: -дық",
        "жазайын,        жаз,      let me: -айын",
        "ойлаңыз,        ойла,     polite imperative -ңыз after a vowel",
        "қылсын,         қыл,      let him: -сын",
        "бүлінер,        бүлін,    future participle -ер",
        "құшақтап,       құшақта,  converb -п after a vowel",
    })
    void eachRuleStripsItsEnding(String word, String expected, String rule) {
        assertEquals(expected, stem(word), rule);
    }

    @ParameterizedTest(name = "{0} stays {1} ({2})")
    @CsvSource({
        "ол,        ол,       too short to stem",
        "қой,       қой,      a final -й is not taken for a converb: қой, той, қарай",
        "жауап,     жауап,    a final -п is not taken for a converb: жауап, кітап, мектеп",
        "үй,        үй,       too short to stem",
        "сұрақ,     сұрақ,    no ending",
        "қаңтар,    қаңтар,   -тар only after a voiceless consonant",
        "білім,     білім,    the lexicon knows білім: its -ім is the root's own, not my -ім",
        "кітабын,   кітап,    -бын is personal only after a nasal or ж з",
        "үкіметі,   үкімет,   -ті after е is not a past tense",
        "бермеді,   бер,      the verb reading explains more than бермед-і",
        "клуб,      клуб,     no ending stripped, so no alternation",
        "шағым,     шағым,    the wish -ғым is not taken after a vowel: шағым, тұрағым are nouns",
        "бала,      бала,     the rules read the converb бал-а; the lexicon knows no verb бал-, but the noun бала",
        "кітап,     кітап,    the lexicon knows no verb кіта-: the -п stays",
    })
    void endingsThatAreNotThere(String word, String expected, String why) {
        assertEquals(expected, stem(word), why);
    }

    @ParameterizedTest
    @CsvSource({"өтініштеріңізді", "қабылдауына", "жолағы", "кітабының", "әкімдігіне", "шағымдарыңыз", "бөлімінде"})
    void stemmingCommutesWithFolding(String word) {
        assertEquals(KazakhLetters.fold(stem(word)), stem(KazakhLetters.fold(word)));
    }
}
