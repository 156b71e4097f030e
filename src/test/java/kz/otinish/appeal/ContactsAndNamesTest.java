package kz.otinish.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactsAndNamesTest {

    @ParameterizedTest(name = "{0} is kept as +7 701 234 56 78")
    @ValueSource(strings = {"+77012345678", "+7 701 234 56 78", "8 701 234 56 78", "8(701)234-56-78",
            "+7 (701) 234-56-78", "87012345678", "77012345678", "7012345678", " +7-701-234-56-78 ", "8.701.234.56.78"})
    void mobileNumbersInEveryUsualShape(String input) {
        Check c = Phone.check(input);
        assertTrue(c.isOk(), () -> input + " refused: " + c.error());
        assertEquals("+7 701 234 56 78", c.value());
    }

    @ParameterizedTest(name = "{0} is a city number, taken with a warning")
    @CsvSource({
            "+7 7172 55 66 77, +7 717 255 66 77",   // Astana
            "8 727 123 45 67, +7 727 123 45 67",     // Almaty
            "8 (7212) 41-22-33, +7 721 241 22 33"})  // Karaganda
    void cityNumbersServeAPaperLetterAndThePersonIsToldAboutECabinet(String input, String kept) {
        Check c = Phone.check(input);
        assertEquals(kept, c.value());
        assertEquals("phone_landline", c.note());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "+7 916 123 45 67, phone_not_kz",      // a Russian mobile
            "+7 701 234 56 7, phone_short",      // a digit missing is said to be so
            "+7 701 234 56 789, phone_long",
            "8 701 234 56 7, phone_short",
            "701 234 56 7, phone_short",
            "+8 701 234 56 78, phone_format",
            "701-234, phone_format",
            "tel 87012345678, phone_format",
            "'', phone_format"})
    void refusedPhones(String input, String error) {
        assertEquals(error, Phone.check(input).error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"aigerim@mail.kz", "a.b-c+tag@example.com", "user@sub.domain.gov.kz", "иван@почта.қаз"})
    void acceptedEmails(String input) {
        assertTrue(Email.check(input).isOk(), input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aigerim", "aigerim@", "@mail.kz", "a b@mail.kz", "a@@mail.kz", "a@mail", "a..b@mail.kz",
            "a@mail.k", "a@-mail.kz", ".a@mail.kz", "a.@mail.kz"})
    void refusedEmails(String input) {
        assertEquals("email_format", Email.check(input).error(), input);
    }

    @ParameterizedTest(name = "{0} is a name")
    @ValueSource(strings = {"Әлихан", "Жұмабаев", "Иванова", "Мұхамед-Әли", "O'Brien", "Smith", "Ғалия Нұрқызы",
            "Өмірзақ", "Құрманғазы", "Үкілі", "Һәкім", "Іңкәр"})
    void namesInKazakhRussianAndLatinLetters(String input) {
        Check c = PersonName.check(input, 1);
        assertTrue(c.isOk(), () -> input + " refused: " + c.error());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Иван2, name_digits",
            "Иван!, name_letters",
            "Иван_Петров, name_letters",
            "-Иван, name_letters",
            "Иван--Петров, name_letters",
            "Ιωάννης, name_letters",           // Greek letters are none of the three alphabets
            "аноним, anonymous",
            "Анонимно, anonymous",
            "'   ', name_empty"})
    void refusedNames(String input, String error) {
        assertEquals(error, PersonName.check(input, 1).error());
    }

    @ParameterizedTest
    @CsvSource({"Иванов, name_full"})
    void aRepresentativeNeedsSurnameAndName(String input, String error) {
        assertEquals(error, PersonName.check(input, 2).error());
        assertTrue(PersonName.check("Иванов Иван", 2).isOk());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "05.03.2025, 05.03.2025",
            "5/3/2025, 05.03.2025",
            "5-3-25, 05.03.2025",
            "29.02.2024, 29.02.2024",
            "2025-03-05, 05.03.2025",
            "5 марта 2025, 05.03.2025",
            "5 марта 2025 г., 05.03.2025",
            "2025 жылғы 5 наурыз, 05.03.2025",
            "5 наурыз 2025, 05.03.2025",
            "12 мая, 12.05.2026",
            "1 декабря, 01.12.2025",
            "03.11, 03.11.2026",
            "15 қараша, 15.11.2026",
            "15 караша, 15.11.2026",
            "вчера, 22.11.2026",
            "Кеше, 22.11.2026",
            "сегодня, 23.11.2026"})
    void datesAsPeopleWriteThem(String input, String kept) {
        assertEquals(kept, PastDate.check(input, LocalDate.of(2026, 11, 23)).value());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "29.02.2025, date_impossible",
            "31.04.2025, date_impossible",
            "01.01.2027, date_future",
            "31 июня, date_impossible",
            "на прошлой неделе, date_format",
            "5 числа, date_format",
            "завтра, date_format"})
    void refusedDates(String input, String error) {
        assertEquals(error, PastDate.check(input, LocalDate.of(2026, 11, 23)).error());
    }
}
