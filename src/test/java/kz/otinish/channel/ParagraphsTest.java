package kz.otinish.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void aShortMessageStaysWhole() {
        assertEquals(List.of("Сәлем!\n\nҚалайсыз?"), Paragraphs.split("Сәлем!\n\nҚалайсыз?", 4096));
    }

    @Test
    void aLongMessageIsCutBetweenParagraphs() {
        String first = "а".repeat(3000);
        String second = "б".repeat(3000);
        assertEquals(List.of(first, second), Paragraphs.split(first + "\n\n" + second, 4096));
    }

    @Test
    void theLastParagraphBreakThatFitsIsChosen() {
        String a = "a".repeat(10), b = "b".repeat(10), c = "c".repeat(10);
        assertEquals(List.of(a + "\n\n" + b, c), Paragraphs.split(a + "\n\n" + b + "\n\n" + c, 25));
    }

    @Test
    void aParagraphLongerThanTheLimitIsCutAtALineThenAtASpace() {
        assertEquals(List.of("one line", "two"), Paragraphs.split("one line\ntwo", 9));
        assertEquals(List.of("many", "words", "here"), Paragraphs.split("many words here", 6));
    }

    @Test
    void aWordLongerThanTheLimitIsCutHardButNeverInsideAnEmoji() {
        String text = "x".repeat(9) + "😀" + "y";
        List<String> parts = Paragraphs.split(text, 10);
        assertEquals("x".repeat(9), parts.get(0));
        assertEquals("😀y", parts.get(1));
    }

    @Test
    void everyPartFitsAndNoWordIsLost() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) text.append("сөз").append(i).append(i % 7 == 0 ? "\n\n" : " ");
        List<String> parts = Paragraphs.split(text.toString(), 4096);
        assertTrue(parts.size() > 1);
        parts.forEach(p -> assertTrue(p.length() <= 4096, "part of " + p.length()));
        assertEquals(text.toString().split("\\s+").length, String.join(" ", parts).split("\\s+").length);
    }
}
