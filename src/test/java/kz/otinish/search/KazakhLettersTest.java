package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KazakhLettersTest {
    @Test
    void eachKazakhLetterFoldsToTheLetterARussianKeyboardHas() {
        assertEquals("агкноууих", KazakhLetters.fold("әғқңөұүіһ"));
        assertEquals("агкноууих", KazakhLetters.fold("ӘҒҚҢӨҰҮІҺ"));
    }

    @Test
    void otherLettersOnlyLoseTheirCapitals() {
        assertEquals("отиниш абвгдеёжзийклмнопрстуфхцчшщъыьэюя e-otinish 15",
                KazakhLetters.fold("Өтініш АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ e-Otinish 15"));
    }

    @Test
    void aPlaceNameMeetsItsRussianKeyboardSpelling() {
        assertEquals(KazakhLetters.fold("Көкшетау"), KazakhLetters.fold("кокшетау"));
        assertEquals(KazakhLetters.fold("Қызылорда"), KazakhLetters.fold("Кызылорда"));
    }
}
