package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tartarus.snowball.ext.RussianStemmer;

class RussianQueryAnalyzerTest {
    private static final RussianQueryAnalyzer RUSSIAN = new RussianQueryAnalyzer();

    private static List<String> tokens(String text) {
        return AnalyzedText.tokens(RUSSIAN, text);
    }

    @ParameterizedTest
    @CsvSource({
        "Как подать жалобу?,             kak podat zhalobu",
        "Как отозвать обращение,         kak otozvat obrashchenie",
        "заявление в акимат,             zayavlenie v akimat",
        "объявление,                     ob'yavlenie",
        "где мой ответ,                  gde moy otvet",
        "электронное обращение,          elektronnoe obraschenie",
        "жалоба на решение,              jaloba na reshenie",
    })
    void aUserWhoTypesRussianInLatinGetsTheSameTokens(String cyrillic, String latin) {
        assertEquals(tokens(cyrillic), tokens(latin));
    }

    @Test
    void yoAndEReadAsE() {
        assertEquals(tokens("еще ее"), tokens("ещё её"));
        assertEquals(tokens("электронный"), tokens("електронный"));
    }

    @Test
    void shortIReadsAsIAndTheSoftSignMayBeLeftOut() {
        assertEquals(tokens("файлов зайти"), tokens("failov zaiti"));
        assertEquals(tokens("файл"), tokens("фаил"));
        assertEquals(tokens("записаться"), tokens("записатся"));
        assertEquals(tokens("записаться"), tokens("zapisatsya"));
    }

    @Test
    void stopwordsAndCaseEndingsGo() {
        assertEquals(List.of("жалоб", "акимат"), tokens("Жалобы на акимат"));
        assertEquals(tokens("жалоба"), tokens("жалобу"));
        assertEquals(tokens("обращение"), tokens("обращения"));
    }

    @Test
    void kazakhLettersInARussianTextPassThrough() {
        assertEquals(List.of("өтініш"), tokens("өтініш"));
    }

    /** Why the light stemmer: on these pairs it keeps Latin and Cyrillic together and distinct words apart. */
    @Test
    void theLightStemmerMeasuresBetterThanSnowballOnOurExamples() {
        Analyzer snowball = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LatinScriptFilter(new LowerCaseFilter(source), LatinScript::russianWord);
                result = new StopFilter(new RussianLettersFilter(result, RussianLettersFilter::eAsE), RussianAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(source, new SnowballFilter(result, new RussianStemmer()));
            }
        };
        List<String[]> same = List.of(
                new String[] {"подать", "podat"}, new String[] {"отозвать", "otozvat"},
                new String[] {"узнать", "uznat"}, new String[] {"жалобу", "жалобы"},
                new String[] {"обращения", "обращение"}, new String[] {"акимата", "акимат"},
                new String[] {"заявлений", "заявление"}, new String[] {"статус", "статусы"});
        List<String[]> different = List.of(
                new String[] {"срок", "срочно"}, new String[] {"ответ", "ответственный"},
                new String[] {"приём", "прием граждан"}, new String[] {"жалоба", "жалование"},
                new String[] {"орган", "организация"}, new String[] {"личный", "лично"});
        int light = agreements(RUSSIAN, same, true) + agreements(RUSSIAN, different, false);
        int snow = agreements(snowball, same, true) + agreements(snowball, different, false);
        System.out.printf("Russian stemmers on %d example pairs: light %d right, Snowball %d right%n",
                same.size() + different.size(), light, snow);
        assertTrue(light > snow, "light " + light + ", snowball " + snow);
    }

    private static int agreements(Analyzer analyzer, List<String[]> pairs, boolean shouldMeet) {
        int right = 0;
        for (String[] pair : pairs) {
            boolean meet = AnalyzedText.tokens(analyzer, pair[0]).get(0)
                    .equals(AnalyzedText.tokens(analyzer, pair[1]).get(0));
            right += meet == shouldMeet ? 1 : 0;
        }
        return right;
    }
}
