package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class UnstressedVowelsTest {

    @Test
    void aWordSpelledAsItSoundsMeetsItsProperSpelling() {
        assertEquals(UnstressedVowels.reduce("отозват"), UnstressedVowels.reduce("атазват"));
        assertEquals(UnstressedVowels.reduce("обжалова"), UnstressedVowels.reduce("абжалава"));
        assertEquals(UnstressedVowels.reduce("рассмотрен"), UnstressedVowels.reduce("рассмотрин"));
    }

    @Test
    void consonantsStillTellWordsApart() {
        assertNotEquals(UnstressedVowels.reduce("отозват"), UnstressedVowels.reduce("отказат"));
    }
}
