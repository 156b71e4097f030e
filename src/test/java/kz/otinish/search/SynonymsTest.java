package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SynonymsTest {
    private static final RussianQueryAnalyzer RUSSIAN = new RussianQueryAnalyzer();
    private static final Synonyms SYNONYMS = new Synonyms(List.of("ЦОН, центр обслуживания населения", "жалоба, шағым"), RUSSIAN);

    private static Map<String, Set<List<String>>> alternatives(String question) {
        return SYNONYMS.alternatives(AnalyzedText.tokens(RUSSIAN, question));
    }

    @Test
    void aWordFindsTheOtherMembersOfItsGroup() {
        assertTrue(alternatives("жалоба").get("жалоб").contains(AnalyzedText.tokens(RUSSIAN, "шағым")));
    }

    @Test
    void aMemberOfSeveralWordsIsOneWordOfTheQuestion() {
        Map<String, Set<List<String>>> alts = alternatives("центр обслуживания населения жалоба");
        assertEquals(Set.of("центр", "жалоб"), alts.keySet());
        assertTrue(alts.get("центр").contains(List.of("цон")));
    }

    @Test
    void aWordStandsForAMemberOfSeveralWordsOnlyAsAWhole() {
        Set<List<String>> alts = alternatives("ЦОН").get("цон");
        assertTrue(alts.contains(AnalyzedText.tokens(RUSSIAN, "центр обслуживания населения")), alts.toString());
        assertTrue(alts.stream().noneMatch(a -> a.equals(List.of("центр"))), "«центр» alone is not a ЦОН: " + alts);
    }
}
