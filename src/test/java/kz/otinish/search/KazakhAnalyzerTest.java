package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KazakhAnalyzerTest {
    private static final KazakhAnalyzer KAZAKH = new KazakhAnalyzer();

    private static List<String> tokens(String text) {
        return AnalyzedText.tokens(KAZAKH, text);
    }

    @Test
    void aUserWhoTypesWithoutKazakhLettersOrInLatinGetsTheSameTokensAsOneWhoTypesThem() {
        List<String> proper = tokens("Өтінішті қалай қайтарып аламын?");
        assertEquals(List.of("отиниш", "кайтар", "ал"), proper);
        assertEquals(proper, tokens("отиништи калай кайтарып аламын"));
        assertEquals(proper, tokens("otinishti qalai qaitaryp alamyn"));
        assertEquals(proper, tokens("ötinişti qalay qaytarıp alamın"));
        assertEquals(proper, tokens("ótinishti qalaı qaıtaryp alamyn"));
        assertEquals(proper, tokens("o'tinis'ti qalai qaitaryp alamyn"));
    }

    @ParameterizedTest
    @CsvSource({
        "Өтінішімді қарау мерзімі қандай?, отинишимди карау мерзими кандай, otinishimdi qarau merzimi qandai",
        "Әкімнің қабылдауына жазылу, акимнин кабылдауына жазылу, akimnin qabyldauyna jazylu",
        "Шағымға жауап келмеді, шагымга жауап келмеди, shagymga zhauap kelmedi",
        "Құжаттарды тіркеу, кужаттарды тиркеу, qujattardy tirkeu",
        "Өңірдің әкімдігі, онирдин акимдиги, onirdin akimdigi",
    })
    void everyWayOfTypingAQuestionGivesTheSameTokens(String proper, String russianKeyboard, String latin) {
        assertEquals(tokens(proper), tokens(russianKeyboard));
        assertEquals(tokens(proper), tokens(latin));
    }

    @ParameterizedTest
    @CsvSource({
        "отиниш,  өтініш өтініштер өтініштің өтінішке өтінішті өтініште өтініштен өтінішпен өтінішіңіз өтінішіңізді",
        "жауап,   жауап жауабы жауапты жауаптың жауапқа жауаптар жауабын",
        "шагым,   шағым шағымы шағымды шағымға шағымдар шағымдарды шағымыңыз",
        "арыз,    арыз арызы арызды арызға арыздар арызыңыз",
        "акимдик, әкімдік әкімдігі әкімдікке әкімдіктер әкімдігіне әкімдікте",
        "мерзим,  мерзім мерзімі мерзімде мерзімнен",
        "кабылда, қабылдау қабылдауы қабылдауға қабылдайды қабылдаған қабылдамады қабылдаймын",
        "жибер,   жіберу жіберді жібердім жіберсем жіберген жібереді жібермеді",
    })
    void theFormsOfAWordMeetInOneToken(String token, String forms) {
        for (String form : forms.split(" ")) {
            assertEquals(List.of(token), tokens(form), form);
        }
    }

    @Test
    void stopwordsGoInEverySpelling() {
        assertEquals(List.of(), tokens("және қалай қашан сіздің"));
        assertEquals(List.of(), tokens("жане калай кашан сиздин"));
        assertEquals(List.of(), tokens("jane qalai qashan sizdin"));
    }

    @Test
    void theStopwordListIsAnArgument() {
        KazakhAnalyzer withoutStopwords = new KazakhAnalyzer(CharArraySet.EMPTY_SET);
        assertEquals(List.of("калай", "отиниш"), AnalyzedText.tokens(withoutStopwords, "қалайда өтініш"));
        KazakhAnalyzer ownList = new KazakhAnalyzer(new CharArraySet(List.of("өтініш"), false));
        assertEquals(List.of("сурак"), AnalyzedText.tokens(ownList, "сұрақ отиниш"));
    }

    @Test
    void theDefaultListComesFromTheKnowledgeBase() {
        CharArraySet list = KazakhAnalyzer.defaultStopwords();
        assertTrue(list.contains("және"));
        assertTrue(list.size() > 50, "the list has " + list.size() + " words");
    }

    @Test
    void theServiceKeepsOneTokenHoweverItsNameIsTyped() {
        assertEquals(tokens("еОтініш"), tokens("eOtinish"));
        assertEquals(List.of("еотиниш"), tokens("eOtinish"));
        assertEquals(List.of("е", "отиниш"), tokens("e-Otinish"));
        assertEquals(tokens("eGov"), tokens("еГов"));
    }

    @Test
    void russianWordsAndNumbersInAKazakhTextPassThrough() {
        assertEquals(List.of("акимат", "15"), tokens("Акимат 15"));
    }

    @Test
    void combiningAccentsAreComposedBeforeTransliteration() {
        assertEquals(tokens("ótinish"), tokens("o\u0301tinish"));
        assertEquals(List.of("отиниш"), tokens("o\u0301tinish"));
    }
}
