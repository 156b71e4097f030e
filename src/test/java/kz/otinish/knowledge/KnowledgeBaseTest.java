package kz.otinish.knowledge;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.otinish.Lang;
import kz.otinish.search.FaqCorpus;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private static final String SOURCES = """
            - id: leaflet
              kk: Жадынама
              ru: Памятка
            """;
    private static final String GOOD = """
            - id: withdraw
              source: {document: leaflet, section: "1"}
              kk: {question: "Қалай?", answer: Былай.}
              ru: {question: "Как?", answer: Так.}
            """;

    private static Path kb(String faq) throws IOException {
        Path dir = Files.createTempDirectory("kb");
        Files.writeString(dir.resolve("sources.yaml"), SOURCES);
        Files.createDirectories(dir.resolve("faq"));
        Files.writeString(dir.resolve("faq/a.yaml"), faq);
        return dir;
    }

    @Test
    void theShippedKnowledgeBaseIsValidAndBilingual() {
        KnowledgeBase kb = KnowledgeBase.load(Path.of("knowledge-base"));
        assertEquals(List.of(), kb.problems());
        assertTrue(kb.entries().size() >= 30, "at least 30 entries per language");
    }

    @Test
    void everyTopicButtonFitsAPhoneAndALongQuestionWithoutAShortButtonIsAProblem() throws IOException {
        for (FaqEntry e : KnowledgeBase.load(Path.of("knowledge-base")).entries()) {
            for (Lang lang : Lang.values()) {
                String b = e.in(lang).button();
                assertTrue(b.codePointCount(0, b.length()) <= FaqEntry.Text.BUTTON_MAX, e.id() + ": " + b);
            }
        }
        KnowledgeBase kb = KnowledgeBase.load(kb("""
                - id: one
                  source: {document: leaflet, section: "1"}
                  kk: {question: "Қалай?", answer: Былай.}
                  ru: {question: "Можно ли в Центре узнать статус своего обращения?", answer: Так.}
                """));
        assertEquals(1, kb.problems().size());
        assertTrue(kb.problems().getFirst().toString().startsWith("faq/a.yaml:4: the topic button"), kb.problems().toString());
    }

    @Test
    void aMissingLanguageIsReportedWithFileAndLine() throws IOException {
        KnowledgeBase kb = KnowledgeBase.load(kb("""
                - id: one
                  source: {document: leaflet, section: "1"}
                  kk: {question: "Қалай?", answer: Былай.}
                """));
        assertEquals(List.of("faq/a.yaml:1: missing the 'ru' version"), kb.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void duplicateIdsUnknownSourcesAndBrokenHtmlAreReported() throws IOException {
        KnowledgeBase kb = KnowledgeBase.load(kb(GOOD + GOOD + GOOD.replace("leaflet", "nowhere").replace("withdraw", "other") + """
                - id: html
                  source: {document: leaflet, section: "2"}
                  kk: {question: "Қалай?", answer: "<b>Былай."}
                  ru: {question: "Как?", answer: "<script>Так</script>"}
                """));
        String problems = kb.problems().toString();
        assertTrue(problems.contains("faq/a.yaml:5: id 'withdraw' is already used at faq/a.yaml:1"), problems);
        assertTrue(problems.contains("faq/a.yaml:10: unknown document 'nowhere'"), problems);
        assertTrue(problems.contains("faq/a.yaml:15: tag <b> is never closed"), problems);
        assertTrue(problems.contains("faq/a.yaml:16: tag <script> is not allowed"), problems);
        assertEquals(2, kb.entries().size(), "the entries without problems of their own still load");
    }

    @Test
    void anAnswerMayCiteSeveralSectionsAndEachDocumentIsChecked() throws IOException {
        KnowledgeBase kb = KnowledgeBase.load(kb("""
                - id: merged
                  source:
                    - {document: leaflet, section: "1"}
                    - {document: leaflet, section: "4"}
                  kk: {question: "Қалай?", answer: Былай.}
                  ru: {question: "Как?", answer: Так.}
                - id: broken
                  source:
                    - {document: leaflet, section: "1"}
                    - {document: nowhere, section: "2"}
                  kk: {question: "Қалай?", answer: Былай.}
                  ru: {question: "Как?", answer: Так.}
                """));
        assertEquals(List.of("faq/a.yaml:10: unknown document 'nowhere' (see sources.yaml)"),
                kb.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of("1", "4"), kb.entries().getFirst().sources().stream().map(FaqEntry.Citation::section).toList());
        assertEquals(1, kb.entries().size(), "an entry citing an unknown document does not load");
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() throws IOException {
        KnowledgeBase kb = KnowledgeBase.load(kb(GOOD + "- id: [unclosed\n"));
        assertEquals(1, kb.problems().size());
        assertTrue(kb.problems().getFirst().toString().startsWith("faq/a.yaml:"), kb.problems().toString());
        assertTrue(kb.problems().getFirst().line() >= 5, kb.problems().toString());
    }

    @Test
    void aBrokenEditKeepsThePreviousCorpusInService() throws IOException {
        Path dir = kb(GOOD);
        FaqCorpus corpus = FaqCorpus.load(dir);
        Files.writeString(dir.resolve("faq/a.yaml"), GOOD + "- id: Bad Id\n");
        assertFalse(corpus.reload().isEmpty());
        assertTrue(corpus.current().entry("withdraw").isPresent());
    }
}
