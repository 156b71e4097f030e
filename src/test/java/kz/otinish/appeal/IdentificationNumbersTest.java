package kz.otinish.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentificationNumbersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} is a valid IIN")
    @CsvSource({
            "900101300017, 900101300017",      // man born 1 Jan 1990
            "850715401236, 850715401236",      // woman born 15 Jul 1985
            "000229500127, 000229500127",      // 29 Feb 2000, a leap year, 21st century
            "061211600012, 061211600012",      // control digit from the second weights (first pass gives 10)
            "880516300800, 880516300800",      // the same, second pass gives 0
            "'9001 0130 0017', 900101300017",  // typed in groups
            "900-101-300-017, 900101300017",
            "'ИИН 900101300017', 900101300017",  // the number's name typed before it
            "'мой ИИН: 900101300017.', 900101300017",
            "'ЖСН 9001 0130 0017', 900101300017"})
    void validIins(String input, String kept) {
        Check c = Iin.check(input, TODAY);
        assertTrue(c.isOk(), () -> input + " refused: " + c.error());
        assertEquals(kept, c.value());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "900101300018, iin_check_digit",   // last digit off by one
            "900101300016, iin_check_digit",
            "880516300850, iin_check_digit",   // both weightings give 10: no control digit exists
            "880516300859, iin_check_digit",
            "900230300017, iin_date",          // 30 February
            "010229500125, iin_date",          // 29 Feb 2001, not a leap year
            "901301300017, iin_date",          // month 13
            "900100300017, iin_date",          // day 00
            "300101500017, iin_date",          // born in 2030: in the future
            "900101000017, iin_century",       // seventh digit 0
            "900101700017, iin_century",       // seventh digit 7
            "90010130001, iin_length",
            "9001013000171, iin_length",
            "90010130001A, iin_digits",
            "'', iin_length"})
    void refusedIins(String input, String error) {
        assertEquals(error, Iin.check(input, TODAY).error());
    }

    @Test
    void anIinDigitForCenturyPlacesTheBirthYear() {
        // 1 Jan of year 90 with digit 1 is 1890: a past date, valid if the control digit matches.
        String body = "90010110001";
        int digit = CheckDigit.of(body + "0");
        assertTrue(Iin.check(body + digit, TODAY).isOk());
        // The same day with digit 5 is 2090: refused as a birth date in the future.
        String future = "90010150001";
        assertEquals("iin_date", Iin.check(future + CheckDigit.of(future + "0"), TODAY).error());
    }

    @ParameterizedTest(name = "{0} is a valid BIN")
    @CsvSource({"940140000385", "990140004654", "120561000452", "181243000070", "'940 140 000 385'"})
    void validBins(String input) {
        Check c = Bin.check(input);
        assertTrue(c.isOk(), () -> input + " refused: " + c.error());
        assertEquals(12, c.value().length());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "940140000386, bin_check_digit",
            "990140004655, bin_check_digit",
            "050740001231, bin_check_digit",   // both weightings give 10: no control digit exists
            "949940000385, bin_format",        // month 99
            "940190000385, bin_format",        // kind 9
            "940149000385, bin_format",        // division 9
            "900101300017, bin_is_iin",        // an IIN where a BIN was asked
            "94014000038, bin_length",
            "94014000038X, bin_digits"})
    void refusedBins(String input, String error) {
        assertEquals(error, Bin.check(input).error());
    }
}
