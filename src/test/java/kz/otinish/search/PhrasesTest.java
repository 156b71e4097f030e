package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    private static final KazakhAnalyzer KAZAKH = new KazakhAnalyzer();
    private static final Phrases TOPICS = new Phrases(List.of("# not ours", "балабақша, шетелдік паспорт", "пенсия"), KAZAKH);

    private static List<String> found(String question) {
        return TOPICS.firstIn(AnalyzedText.tokens(KAZAKH, question));
    }

    @Test
    void aWordIsFoundInAnyOfItsForms() {
        assertEquals(AnalyzedText.tokens(KAZAKH, "балабақша"), found("балабақшаға кезекке қалай тұрамын"));
        assertEquals(AnalyzedText.tokens(KAZAKH, "балабақша"), found("balabaqshada oryn bar ma"));
    }

    @Test
    void aPhraseIsFoundOnlyWholeAndInOrder() {
        assertEquals(AnalyzedText.tokens(KAZAKH, "шетелдік паспорт"), found("шетелдік паспортты қайда жасатамын"));
        assertNull(found("паспортпен келсем бола ма"), "«паспорт» alone is the identity document the centre asks for");
        assertNull(found("паспорт шетелдік"));
    }

    @Test
    void shortStemsMustMatchExactly() {
        assertTrue(Phrases.sameWord("балабакш", "балабакша"));
        assertFalse(Phrases.sameWord("балабакш", "балабакшан"), "only one letter more");
        assertFalse(Phrases.sameWord("дәрі", "дәріс"));
        assertFalse(TOPICS.anyIn(AnalyzedText.tokens(KAZAKH, "өтінішті қайтарып алу")));
    }
}
