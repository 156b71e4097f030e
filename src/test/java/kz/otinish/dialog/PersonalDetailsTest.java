package kz.otinish.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonalDetailsTest {
    @Test
    void anIinAPhoneAndAnEmailAreReplacedByWhatTheyWere() {
        assertEquals("ЖСН ‹number›, тел ‹phone›, ‹email› арыз тіркелмеді",
                PersonalDetails.masked("ЖСН 990101300123, тел 8 701 123 45 67, aigul.k@mail.kz арыз тіркелмеді"));
        assertEquals("звоните ‹phone› или ‹phone›", PersonalDetails.masked("звоните +7(701)123-45-67 или 87011234567"));
        assertEquals("карта ‹number›", PersonalDetails.masked("карта 4400 4301 2345 6789"));
    }

    @Test
    void shortNumbersThatAreNotAboutThePersonStay() {
        String question = "ответ за 15 рабочих дней, закон 2024 года, звонил в 1414 в 09:00";
        assertEquals(question, PersonalDetails.masked(question));
    }
}
