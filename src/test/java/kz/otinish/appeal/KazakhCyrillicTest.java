package kz.otinish.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KazakhCyrillicTest {
    @Test
    void latinKazakhBecomesCyrillicKeepingCapitalsAndPunctuation() {
        assertEquals("Өтінішті қалай қайтарып аламын?", KazakhCyrillic.of("Ótinishti qalai qaitaryp alamyn?"));
        // An informal spelling is read as the search reads it: no Latin letter stays, capitals, digits and punctuation do.
        String letter = KazakhCyrillic.of("Seitqalieva Aigul, QARASAI audany, Abylai han koshesi, 5-ui. Jol jondelmeidi!");
        assertFalse(letter.codePoints().anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN), letter);
        assertTrue(letter.startsWith("Сейтқал") && letter.contains(", ҚАРАСАЙ ауданы, Абылай хан ") && letter.contains(", 5-") && letter.endsWith("!"), letter);
    }

    @Test
    void onlyATextMostlyInLatinIsOffered() {
        assertTrue(KazakhCyrillic.mostlyLatin("Bizdin koshedegi jol eki jyldan beri jondelmei jatyr"));
        assertFalse(KazakhCyrillic.mostlyLatin("Біздің көшедегі жол, e-Otinish арқылы"));
        assertFalse(KazakhCyrillic.mostlyLatin("12345"));
    }
}
