package kz.otinish.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.dialog.FileInfo;
import kz.otinish.Lang;
import kz.otinish.dialog.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppealPdfTest {
    private static AppealForm form;
    private static Texts texts;

    @BeforeAll
    static void load() throws IOException {
        form = AppealForm.load(Path.of("bot"));
        texts = Texts.load(ContentRoot.at(Path.of(".")));
    }

    static Map<String, String> kazakhComplaint() {
        Map<String, String> a = new HashMap<>();
        a.put("type", "complaint");
        a.put("challenged", "Қарасу аудандық білім бөлімінің баланы мектепке қабылдамау туралы хаты");
        a.put("challenged_date", "05.03.2025");
        a.put("addressee", "Қостанай облысы әкімдігінің білім басқармасы");
        a.put("subject", "Баланы мектепке қабылдау туралы");
        a.put("essence", "Әкімдік ғимаратының қасындағы мектепке ұлымды қабылдамады. Өзен жағасындағы үй һәм іс.\n"
                + "Шешімді қайта қарауды сұраймын.");
        a.put("applicant", "self");
        a.put("surname", "Әлиева");
        a.put("given_name", "Гүлнұр");
        a.put("patronymic", "Ңұрланқызы");
        a.put("iin", "850715401236");
        a.put("address", "110000, Қостанай қ., Әл-Фараби даңғылы, 12-үй, 5-пәтер");
        a.put("phone", "+7 701 234 56 78");
        a.put("answer_by", "email");
        a.put("email", "gulnur@mail.kz");
        a.put("attachments", "done");
        return a;
    }

    private static String extract(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // The header column is narrow: compare across the line breaks wrapping put in.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void everyKazakhLetterAndEveryFieldTheLawAsksForComesBackOutOfThePdf() throws IOException {
        Appeal appeal = new Appeal(1, Lang.KK, LocalDate.of(2026, 11, 23), kazakhComplaint(),
                List.of(new FileInfo("шешім.pdf", "application/pdf", 1_300_000), new FileInfo("фото.jpg", "image/jpeg", 350_000)));
        AppealLetter letter = AppealLetter.of(appeal, form, texts);
        String text = extract(AppealPdf.render(letter, texts, Lang.KK));
        for (String letterOfAlphabet : List.of("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ә", "Ң")) {
            assertTrue(text.contains(letterOfAlphabet), () -> letterOfAlphabet + " missing from:\n" + text);
        }
        for (String expected : List.of("Кімге: Қостанай облысы әкімдігінің білім басқармасы",
                "Кімнен: Әлиева Гүлнұр Ңұрланқызы", "ЖСН: 850715401236", "Пошталық мекенжайы: 110000, Қостанай қ.",
                "Телефон: +7 701 234 56 78", "gulnur@mail.kz", "ШАҒЫМ", "Шағымданатын шешім (әрекет):",
                "05.03.2025", "Тақырыбы: Баланы мектепке қабылдау туралы", "Шешімді қайта қарауды сұраймын.",
                "Жауапты алу тәсілі: Электрондық поштаға", "1. шешім.pdf (1,2 МБ)", "2. фото.jpg (342 КБ)",
                "Күні: 23.11.2026", "Қолы:", "Әлиева Г. Ң.")) {
            assertTrue(text.contains(expected), () -> "'" + expected + "' missing from:\n" + text);
        }
    }

    @Test
    void theFontIsEmbeddedSoThePdfPrintsTheSameEverywhere() throws IOException {
        Appeal appeal = new Appeal(1, Lang.KK, LocalDate.of(2026, 11, 23), kazakhComplaint(), List.of());
        try (PDDocument doc = Loader.loadPDF(AppealPdf.render(AppealLetter.of(appeal, form, texts), texts, Lang.KK))) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
            }
        }
    }

    @Test
    void aRussianAppealOfAnOrganisationHasItsBinAndRepresentative() throws IOException {
        Map<String, String> a = new HashMap<>();
        a.put("type", "proposal");
        a.put("addressee", "Министерство просвещения Республики Казахстан");
        a.put("subject", "О школьных автобусах");
        a.put("essence", "Предлагаем ввести расписание школьных автобусов для сёл района.");
        a.put("applicant", "legal");
        a.put("organisation", "ТОО «Жол»");
        a.put("bin", "940140000385");
        a.put("address", "г. Алматы, ул. Абая, 1");
        a.put("representative", "Иванов Пётр Сергеевич");
        a.put("phone", "+7 777 000 11 22");
        a.put("answer_by", "portal");
        a.put("email", "");
        String text = extract(AppealPdf.render(AppealLetter.of(new Appeal(2, Lang.RU, LocalDate.of(2026, 1, 5), a, List.of()),
                form, texts), texts, Lang.RU));
        for (String expected : List.of("Кому: Министерство просвещения", "От: ТОО «Жол»", "БИН: 940140000385",
                "Представитель: Иванов Пётр Сергеевич (по доверенности)", "ПРЕДЛОЖЕНИЕ", "Приложения: нет",
                "Дата: 05.01.2026", "Иванов П. С.")) {
            assertTrue(text.contains(expected), () -> "'" + expected + "' missing from:\n" + text);
        }
        assertFalse(text.contains("ИИН"), text);
        assertFalse(text.contains("Электронная почта"), "a skipped e-mail is not printed");
    }

    @Test
    void aLongEssenceRunsOntoFurtherPagesWithNothingLost() throws IOException {
        Map<String, String> a = kazakhComplaint();
        String sentence = "Көшедегі жарық шамдары жанбайды, кешке балалар қараңғыда жүреді. ";
        a.put("essence", sentence.repeat(60) + "Соңғы сөйлем 🙏 осы. Ашуым 😡😡😡 қатты, 👍🏽 бітті.");
        byte[] pdf = AppealPdf.render(AppealLetter.of(new Appeal(3, Lang.KK, LocalDate.of(2026, 11, 23), a, List.of()),
                form, texts), texts, Lang.KK);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
        }
        String text = extract(pdf);
        // Each run of what the font lacks (emoji, their joiners and skin tones) shows as one □, never as "?".
        assertTrue(text.contains("Соңғы сөйлем □ осы. Ашуым □ қатты, □ бітті."), text.substring(text.length() - 80));
        assertFalse(text.contains("?"), "nothing the person typed turns into a question mark");
        assertEquals(60, text.split("балалар", -1).length - 1);
    }
}
