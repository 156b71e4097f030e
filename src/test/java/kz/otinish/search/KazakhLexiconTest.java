package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KazakhLexiconTest {
    private static boolean noun(String word) {
        return KazakhLexicon.STEMS.isNoun(word.toCharArray(), word.length());
    }

    private static boolean verb(String word) {
        return KazakhLexicon.STEMS.isVerb(word.toCharArray(), word.length());
    }

    @Test
    void knowsNounsAndVerbStemsApart() {
        assertTrue(noun("бала"));
        assertFalse(verb("кітап"), "no verb кітап-");
        assertTrue(verb("жаз"), "жазу is listed as the verb жаз-");
        assertTrue(noun("жаз"), "and жаз, summer, as a noun");
        assertTrue(verb("ойла"), "ойлау: ойла-");
        assertTrue(verb("оқы"), "оқу hides оқы-");
        assertTrue(verb("тап"), "табу hides тап-");
        assertTrue(verb("қой"), "қою: қой-");
        assertFalse(verb("кіта"));
        assertFalse(noun("кіта"));
    }

    @Test
    void looksUpFolded() {
        assertTrue(noun("өтініш"));
        assertTrue(noun("отиниш"), "typed on a Russian keyboard");
    }

    @Test
    void looksUpThePrefixOfABuffer() {
        char[] buffer = "баласы".toCharArray();
        assertTrue(KazakhLexicon.STEMS.isNoun(buffer, 4), "бала in баласы");
        assertFalse(KazakhLexicon.STEMS.isNoun(buffer, 5), "баласы is no stem");
    }

    @Test
    void aListOutOfOrderIsSortedOnLoad() {
        KazakhLexicon edited = KazakhLexicon.of("# an admin's edit\nшағым\nбала\n  аға  \nжаз-\n");
        for (String word : new String[] {"шағым", "бала", "аға"}) {
            assertTrue(edited.isNoun(word.toCharArray(), word.length()), word);
        }
        assertTrue(edited.isVerb("жаз".toCharArray(), 3));
        assertFalse(edited.isNoun("жаз".toCharArray(), 3), "жаз- is a verb's stem only");
        assertFalse(edited.isNoun("# an admin's edit".toCharArray(), 17), "comments are no stems");
    }
}
