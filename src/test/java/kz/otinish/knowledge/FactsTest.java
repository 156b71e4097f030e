package kz.otinish.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.otinish.Lang;
import kz.otinish.dialog.Texts;
import org.junit.jupiter.api.Test;

/** The review deadline is said in one place, and every answer and text that states it reads it from there. */
class FactsTest {
    /** A term for answering stated outright: "15 рабочих", "күнтізбелік 15", "15–30", "3 календарных дней". */
    private static final Pattern TERM = Pattern.compile(
            "(?iu)15\\s*[–-]\\s*30|\\b15\\s+(рабоч|календар|жұмыс|күн)|күнтізбелік\\s+\\d|\\b3\\s+(рабоч|календар|дн|күн|жұмыс)");
    private static final Path ROOT = Path.of(".");

    @Test
    void noAnswerOrTextStatesTheReviewDeadlineItselfButFactsYaml() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> stated = new ArrayList<>();
        try (Stream<Path> faq = Files.list(ROOT.resolve("knowledge-base/faq"))) {
            for (Path f : faq.toList()) {
                for (JsonNode entry : yaml.readTree(f.toFile())) {
                    for (Lang lang : Lang.values()) {
                        String answer = entry.path(lang.code()).path("answer").asText();
                        if (TERM.matcher(answer).find()) stated.add(f.getFileName() + " " + entry.path("id").asText() + " " + lang.code());
                    }
                }
            }
        }
        for (Lang lang : Lang.values()) {
            for (String line : Files.readAllLines(ROOT.resolve("bot/texts." + lang.code() + ".yaml"))) {
                if (TERM.matcher(line).find()) stated.add("bot/texts." + lang.code() + ".yaml: " + line.strip());
            }
        }
        assertTrue(stated.isEmpty(), "say {fact:review_deadline} instead of the figures: " + stated);
    }

    @Test
    void theDeadlineAnswersAndTheFormsClosingTextAllSayTheOneWording() throws IOException {
        KnowledgeBase kb = KnowledgeBase.load(ROOT.resolve("knowledge-base"));
        assertTrue(kb.isValid(), kb.problems().toString());
        Texts texts = Texts.load(ContentRoot.at(ROOT));
        List<Problem> problems = new ArrayList<>();
        Facts facts = Facts.load(ROOT.resolve("knowledge-base"), problems);
        assertEquals(List.of(), problems);
        for (Lang lang : Lang.values()) {
            String wording = facts.fill("{fact:review_deadline}", lang, name -> { throw new AssertionError(name); });
            assertTrue(wording.contains(lang == Lang.KK ? "15 жұмыс күні" : "15 рабочих дней"), wording);
            for (String id : List.of("review-deadlines", "deadline-start", "answer-wait-time")) {
                FaqEntry e = kb.entries().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                assertTrue(e.in(lang).answer().contains(wording), id + " " + lang + " does not say the deadline's wording");
            }
            assertTrue(texts.get(lang, "appeal.how_to_submit").contains(wording), "the form's closing text, " + lang);
        }
        assertEquals(15, facts.number("review_deadline", "working_days"), "the number the appeal-status work counts with");
    }

    @Test
    void everyReceptionCentreAnswerSaysItIsAboutTheGovernmentsCentreInAstanaAndWhereElseToGo() {
        KnowledgeBase kb = KnowledgeBase.load(ROOT.resolve("knowledge-base"));
        List<Problem> problems = new ArrayList<>();
        Facts facts = Facts.load(ROOT.resolve("knowledge-base"), problems);
        List<FaqEntry> centre = kb.entries().stream().filter(e -> e.id().startsWith("centre-")).toList();
        assertEquals(28, centre.size());
        for (FaqEntry e : centre) {
            for (Lang lang : Lang.values()) {
                String note = facts.fill("{fact:reception_centre}", lang, name -> { throw new AssertionError(name); });
                assertTrue(note.contains(lang == Lang.KK ? "Астана" : "Астане") && note.contains(lang == Lang.KK ? "ХҚКО" : "ЦОН"), note);
                assertTrue(e.in(lang).answer().contains(note), e.id() + " " + lang + " does not name the centre and its city");
                assertTrue(!e.in(lang).searchedAnswer().contains(note), "the search does not read the shared note: " + e.id());
            }
        }
    }

    @Test
    void aFactNamedNowhereIsAProblemOfTheFileThatNamesIt(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("facts.yaml"), "term:\n  kk: он бес\n  ru: пятнадцать\nhalf:\n  ru: только по-русски\n");
        List<Problem> problems = new ArrayList<>();
        Facts facts = Facts.load(dir, problems);
        assertEquals(1, problems.size(), problems.toString());
        List<String> unknown = new ArrayList<>();
        assertEquals("срок — пятнадцать, {fact:nope}", facts.fill("срок — {fact:term}, {fact:nope}", Lang.RU, unknown::add));
        assertEquals(List.of("nope"), unknown);
    }
}
