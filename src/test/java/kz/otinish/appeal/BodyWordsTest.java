package kz.otinish.appeal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Addressees as people type them, read with the form's own {@code addressee_words}. */
class BodyWordsTest {
    private final BodyWords words = load();

    @Test
    void bodiesOfficialsAndInstitutionsReadAsAddressees() {
        for (String addressee : List.of("Қарасу ауданының әкімдігі", "акимат Карасуского района", "Акиму города Алматы",
                "министру здравоохранения", "Ішкі істер министрлігіне", "в полицию", "Прокуратура Алматинской области",
                "ЦОН", "ХҚКО", "КГУ «Школа-гимназия №5»", "ауданның білім бөлімі", "Жилищная инспекция",
                "аудандық сот", "депутату маслихата", "Ombudsman", "akimat Almaty", "Almaty qalasy akimdigi",
                "prokuratura", "Мемлекеттік кірістер комитеті", "ТОО «Астана-Энергия»", "емхана №3")) {
            assertTrue(words.named(addressee), addressee);
        }
    }

    @Test
    void aSubjectOrAPlaceAloneDoesNot() {
        for (String addressee : List.of("Жол жөндеу", "ремонт дороги", "Алматы", "жарық жоқ", "не знаю", "Гулнара")) {
            assertFalse(words.named(addressee), addressee);
        }
    }

    @Test
    void onlyTheKindOfBodyIsVague() {
        for (String addressee : List.of("акимат", "в акимат", "Әкімдікке", "министерство", "полиция", "в суд", "прокуратура",
                "государственный орган", "akimat")) {
            assertTrue(words.vague(addressee), addressee);
        }
        for (String addressee : List.of("акимат Карасуского района", "Генпрокуратура", "Минздрав", "ЦОН", "суд Алмалинского района",
                "Алматы қаласының полиция департаменті", "Жол жөндеу", "школа №5", "№3 емхана")) {
            assertFalse(words.vague(addressee), addressee);
        }
    }

    private static BodyWords load() {
        try {
            return AppealForm.load(Path.of("bot")).bodyWords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
