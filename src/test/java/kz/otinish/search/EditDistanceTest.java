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
}
