package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void longerWordsMayCarryMoreTypos() {
        assertEquals(0, EditDistance.allowedFor("срок"));
        assertEquals(1, EditDistance.allowedFor("жалоб"));
        assertEquals(2, EditDistance.allowedFor("обращени"));
        assertEquals(1, EditDistance.within("жалоб", "жалаб", 1));
        assertEquals(1, EditDistance.within("жалоб", "жлаоб", 1), "two letters swapped is one typo");
        assertEquals(2, EditDistance.within("жалоб", "шалаб", 1), "beyond the bound");
    }

    @Test
    void aShortWordMayMissOneLetter() {
        assertTrue(EditDistance.missesOneLetter("цетр", "центр"));
        assertTrue(EditDistance.missesOneLetter("отвт", "ответ"));
        assertTrue(EditDistance.missesOneLetter("алог", "налог"));
        assertFalse(EditDistance.missesOneLetter("срок", "сорок2"), "two letters more");
        assertFalse(EditDistance.missesOneLetter("срок", "стрко"), "not the same letters in order");
        assertFalse(EditDistance.missesOneLetter("сад", "саду"), "three letters are too few to guess from");
    }

    @Test
    void theLettersTestNeverRulesOutAWordWithinTheTypos() {
        java.util.Random random = new java.util.Random(1);
        String alphabet = "абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі";
        int checked = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder a = new StringBuilder();
            for (int i = 4 + random.nextInt(8); i > 0; i--) a.append(alphabet.charAt(random.nextInt(alphabet.length())));
            StringBuilder b = new StringBuilder(a);
            for (int typos = random.nextInt(3); typos > 0; typos--) {
                int at = random.nextInt(b.length() - 1);
                switch (random.nextInt(4)) {
                    case 0 -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 2 -> b.deleteCharAt(at);
                    default -> { char c = b.charAt(at); b.setCharAt(at, b.charAt(at + 1)); b.setCharAt(at + 1, c); }
                }
            }
            for (int max = 1; max <= 2; max++) {
                if (EditDistance.within(a.toString(), b.toString(), max) <= max) {
                    checked++;
                    assertTrue(EditDistance.mayBeWithin(EditDistance.letters(a.toString()), EditDistance.letters(b.toString()), max), a + " / " + b);
                }
            }
        }
        assertTrue(checked > 10_000, "pairs within the bound: " + checked);
        assertFalse(EditDistance.mayBeWithin(EditDistance.letters("жалоба"), EditDistance.letters("погода"), 1), "four letters differ");
    }
}
