package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(String input, String... args) {
        return AnalyzeCommand.run(List.of(args), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(printed, true, StandardCharsets.UTF_8), null);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheKazakhTokensOfEachLine() {
        assertEquals(0, run("Өтінішті қалай қайтарып аламын?\notinishti qalai qaitaryp alamyn\n\n", "--lang", "kk"));
        assertEquals("отиниш кайтар ал\nотиниш кайтар ал\n\n", printed().replace("\r", ""));
    }

    @Test
    void printsTheRussianTokensOfEachLine() {
        assertEquals(0, run("Как подать жалобу\nkak podat zhalobu\n", "--lang", "ru"));
        assertEquals("подат жалоб\nподат жалоб\n", printed().replace("\r", ""));
    }

    @Test
    void showsWhatTheSearchSeesWithTheAdminsStopwordsToo() {
        // "подскажите" is in knowledge-base/stopwords-ru.txt, not in Lucene's list: the FAQ search drops it, so must analyze.
        assertEquals(0, run("подскажите как подать жалобу\n", "--lang", "ru"));
        assertEquals("подат жалоб\n", printed().replace("\r", ""));
    }

    @Test
    void withModelItShowsTheIntentModelsThreeBestEntriesToo() {
        assertEquals(0, run("как отозвать обращение\n", "--lang", "ru", "--model"));
        String[] lines = printed().replace("\r", "").split("\n");
        assertEquals("отозват обращен", lines[0]);
        assertTrue(lines[1].startsWith("  model: withdraw-appeal "), lines[1]);
        assertEquals(3, lines[1].split(", ").length, lines[1]);
    }

    @Test
    void aMissingLanguageIsAnErrorWithUsage() {
        assertEquals(2, run("текст\n"));
        assertTrue(printed().contains("--lang is missing"), printed());
        assertTrue(printed().contains("usage: otinish analyze --lang kk|ru"), printed());
    }

    @Test
    void anUnknownLanguageIsAnError() {
        assertEquals(2, run("текст\n", "--lang", "en"));
        assertTrue(printed().contains("--lang must be kk or ru"), printed());
        assertEquals(2, run("текст\n", "--lang"));
    }
}
