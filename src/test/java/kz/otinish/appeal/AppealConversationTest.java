package kz.otinish.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import kz.otinish.Assistant;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Document;
import kz.otinish.dialog.FileInfo;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.Retention;
import kz.otinish.storage.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole conversations through the dialog, as the console and the messengers drive it, on the embedded
 * PostgreSQL. Each test is one user (its own chat id) on a shared database.
 */
class AppealConversationTest {
    private static final long MB = 1024 * 1024;
    private static String url;
    private static Database db;
    private static Assistant bot;

    @BeforeAll
    static void start() {
        url = TestDatabase.freshUrl();
        db = TestDatabase.at(url);
        bot = Assistant.start(ContentRoot.at(Path.of(".")), db);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /** One person in one chat; {@code last} is what the bot answered to the latest message. */
    private static final class User {
        final ChatRef chat;
        Assistant assistant = bot;
        List<Reply> last = List.of();

        User(String id, String lang) {
            chat = new ChatRef("test", id);
            say("/start " + lang);
        }

        User say(String text) {
            last = assistant.dialog().handle(Incoming.text(chat, text));
            return this;
        }

        User press(String data) {
            assertTrue(buttons().contains(data), () -> "no button " + data + " in " + buttons() + "\n" + text());
            last = assistant.dialog().handle(Incoming.button(chat, data));
            return this;
        }

        /** A button from an earlier message, still on the screen. */
        User pressOld(String data) {
            last = assistant.dialog().handle(Incoming.button(chat, data));
            return this;
        }

        User send(String name, String type, long bytes) {
            last = assistant.dialog().handle(Incoming.file(chat, new FileInfo(name, type, bytes)));
            return this;
        }

        User shareContact(String phone) {
            last = assistant.dialog().handle(Incoming.contact(chat, phone));
            return this;
        }

        String text() {
            return String.join("\n", last.stream().map(Reply::text).filter(Objects::nonNull).toList());
        }

        List<String> buttons() {
            return last.stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream).map(Button::data).toList();
        }

        Document document() {
            return last.stream().map(Reply::document).filter(Objects::nonNull).findFirst().orElse(null);
        }

        User expect(String... fragments) {
            for (String f : fragments) assertTrue(text().contains(f), () -> "'" + f + "' not in:\n" + text());
            return this;
        }
    }

    private static String pdfText(Document d) throws IOException {
        try (PDDocument doc = Loader.loadPDF(d.content())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int count(String sql, ChatRef chat) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).bind("chat", chat.chatId()).mapTo(Integer.class).one());
    }

    /** Russian: a complaint from the type to the addressee, essence and applicant, up to the attachments. */
    private static User russianComplaintUpToAttachments(String id) {
        User u = new User(id, "ru");
        u.press("menu:appeal").expect("Вопрос 1 из 11", "Жалоба", "несогласие с решением");
        u.press("appeal:pick:complaint").expect("Какое решение, действие или бездействие");
        u.say("Отказ районного отдела образования в приёме сына в школу").expect("Укажите дату");
        u.say("05.03.2025").expect("Вопрос 4 из 13", "В какой государственный орган");
        u.press("appeal:suggest:2").expect("Вопрос 5 из 13", "тему обращения");
        u.say("О приёме ребёнка в школу").expect("опишите суть");
        u.say("Сыну отказали в приёме в школу № 5 по месту жительства. Прошу пересмотреть решение.").expect("Вопрос 7 из 13");
        u.press("appeal:pick:self").expect("Фамилия заявителя");
        u.say("Иванова").expect("Имя заявителя");
        u.say("Анна").expect("Отчество");
        u.press("appeal:skip").expect("ИИН");
        u.say("850715401236").expect("Почтовый адрес");
        u.say("010000, г. Астана, пр. Абая, д. 10, кв. 25").expect("Вопрос 13 из 17", "Телефон для связи");
        u.say("8 (701) 234-56-78").expect("Как вы хотите получить ответ");
        u.press("appeal:pick:email").expect("электронной почты");
        u.say("anna@mail.kz").expect("Вопрос 16 из 17", "не более 10 файлов");
        return u;
    }

    @Test
    void aRussianComplaintIsWrittenStepByStepAndComesBackAsAMessageAndAPdf() throws IOException {
        User u = russianComplaintUpToAttachments("ru-full");
        u.send("решение.pdf", "application/pdf", 2 * MB).expect("Файл принят: решение.pdf (2,0 МБ)");
        u.press("appeal:files_done").expect("Вопрос 17 из 17", "Проверьте обращение", "Иванова", "850715401236",
                "+7 701 234 56 78", "Министерство просвещения Республики Казахстан", "решение.pdf");
        u.press("appeal:confirm").expect("сохранено в разделе «Мои обращения»", "ЖАЛОБА", "Кому: Министерство просвещения",
                "От: Иванова Анна", "ИИН: 850715401236", "Как подать", "ЦОН", "ЭЦП", "15 рабочих дней", "Главное меню");
        Document pdf = u.document();
        assertNotNull(pdf, "the PDF is sent");
        assertEquals("application/pdf", pdf.mimeType());
        assertFalse(pdf.fileName().contains("Иванова"), "no personal data in the file name");
        String text = pdfText(pdf);
        for (String f : List.of("Кому: Министерство просвещения Республики Казахстан", "От: Иванова Анна", "ИИН: 850715401236",
                "Почтовый адрес: 010000, г. Астана", "+7 701 234 56 78", "anna@mail.kz", "ЖАЛОБА",
                "Обжалуемое решение (действие): Отказ районного отдела образования", "05.03.2025",
                "Прошу пересмотреть решение.", "1. решение.pdf (2,0 МБ)", "Подпись:", "Иванова А.")) {
            assertTrue(text.contains(f), () -> "'" + f + "' not in the PDF:\n" + text);
        }
        assertEquals(0, count("select count(*) from appeal_drafts where chat_id = :chat", u.chat));
        assertEquals(1, count("select count(*) from audit where chat_id = :chat and action = 'appeal.created'", u.chat));
        assertEquals(0, count("select count(*) from audit where chat_id = :chat and detail like '%850715401236%'", u.chat));

        u.press("menu:appeals").expect("Ваши обращения", "О приёме ребёнка в школу — ещё не подано");
        u.press(u.buttons().stream().filter(b -> b.startsWith("appeals:show:")).findFirst().orElseThrow());
        u.press(u.buttons().stream().filter(b -> b.startsWith("appeals:pdf:")).findFirst().orElseThrow());
        assertTrue(pdfText(u.document()).contains("ИИН: 850715401236"), "My appeals sends the same PDF again");
    }

    @Test
    void aKazakhProposalFromAnOrganisationExplainsThePowerOfAttorneyAndRendersEveryKazakhLetter() throws IOException {
        User u = new User("kk-full", "kk");
        u.press("menu:appeal").expect("Сұрақ 1/11", "Ұсыныс", "Үн қосу");
        u.press("appeal:pick:proposal").expect("Сұрақ 2/11");
        u.say("Қарасу ауданының әкімдігі").expect("Қостанай облысы Қарасу ауданы әкімінің аппараты",
                "«Қарасу ауданы әкімінің аппараты»", "Сұрақ 3/11");
        u.say("Ауылдағы көше жарығы туралы").expect("мәселені толық жазыңыз");
        u.say("Біздің ауылда көше шамдары жанбайды; өзен жағасындағы жолға жарық қоюды ұсынамыз. Шаһар маңы, һәм іс қажет.");
        u.expect("Сұрақ 5/11").press("appeal:pick:legal").expect("бірінші басшысы берген сенімхатты", "Ұйымның толық атауы");
        u.say("«Ғажайып Өңір» ЖШС").expect("БСН");
        u.say("940140000385").expect("пошталық мекенжай");
        u.say("040000, Қонаев қ., Абай көшесі, 15").expect("Өкілдің тегі");
        u.say("Нұрланов Әсет Құдайбергенұлы").expect("Сұрақ 10/14");
        u.shareContact("+77771234567").expect("Жауапты қалай алғыңыз келеді");
        u.press("appeal:pick:portal").expect("Электрондық пошта");
        u.press("appeal:skip").expect("Сұрақ 13/14");
        u.press("appeal:files_done").expect("Сұрақ 14/14", "Өтінішті тексеріңіз", "940140000385");
        u.press("appeal:confirm").expect("Өтініш дайын", "ҰСЫНЫС", "Қалай беруге болады", "ЭЦҚ", "15 жұмыс күні");
        String text = pdfText(u.document());
        for (String f : List.of("Кімге: Қостанай облысы Қарасу ауданы әкімінің аппараты", "Кімнен: «Ғажайып Өңір» ЖШС", "БСН: 940140000385",
                "Өкіл: Нұрланов Әсет Құдайбергенұлы (сенімхат бойынша)", "+7 777 123 45 67", "ҰСЫНЫС",
                "Шаһар маңы, һәм іс қажет.", "Қосымшалар: жоқ", "Нұрланов Ә. Қ.")) {
            assertTrue(text.contains(f), () -> "'" + f + "' not in the PDF:\n" + text);
        }
        for (String letter : List.of("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і")) {
            assertTrue(text.contains(letter), () -> letter + " not in the PDF");
        }
    }

    @Test
    void everyWrongAnswerIsExplainedAndAskedAgainWithNothingLost() {
        User u = new User("errors", "ru");
        u.press("menu:appeal").say("жалоба").expect("Какое решение");          // a choice typed by its name
        u.say("Отказ").expect("Слишком коротко").expect("Какое решение");
        u.say("Решение акимата об отказе в выдаче справки");
        u.say("30.02.2025").expect("Такой даты нет");
        u.say("01.01.2099").expect("ещё не наступила");
        u.say("на прошлой неделе").expect("ДД.ММ.ГГГГ");
        u.say("10.10.2025").expect("Вопрос 4 из 13");
        u.say("12").expect("Слишком коротко");
        u.say("Аким города Астаны").expect("Вопрос 5 из 13");
        u.say("Спр").expect("Слишком коротко");
        u.say("О выдаче справки о составе семьи");
        u.say("Коротко.").expect("Слишком коротко: знаков сейчас — 8, нужно не меньше 30");
        String tooLong = "Мне отказали в справке. ".repeat(200) + "Конец текста.";
        u.say(tooLong).expect("допускается не больше 4000", "«");
        assertTrue(u.buttons().contains("appeal:cut"));
        u.press("appeal:cut").expect("Вопрос 7 из 13");
        u.press("appeal:pick:anonymous").expect("Анонимные обращения не рассматриваются").expect("От чьего имени");
        u.press("appeal:pick:other").expect("доверенности", "законный представитель", "Фамилия заявителя");
        u.say("Иван0ва").expect("не может быть цифр");
        u.say("аноним").expect("не рассматриваются");
        u.say("Иванова!").expect("Символ «!»");
        u.say("Иванова").say("Мария").say("Петровна");
        u.say("850715401237").expect("контрольная цифра");
        u.say("850230401236").expect("несуществующая");
        u.say("850715001236").expect("7-я цифра");
        u.say("8507154012").expect("12 цифр, а в ответе 10");
        u.say("850715401236").expect("Почтовый адрес");
        u.say("12345").expect("Слишком коротко");
        u.say("1234567890, 12").expect("не только цифры");
        u.say("г. Алматы, ул. Сатпаева, 22").expect("Фамилия, имя и отчество представителя");
        u.say("Петров").expect("фамилию и имя");
        u.say("Петров Пётр").expect("Вопрос 14 из 18");
        u.say("+7 916 123 45 67").expect("казахстанский мобильный");
        u.say("12-34").expect("Не похоже на номер");
        u.say("+7 7172 55 66 77").expect("городской номер: для бумажного обращения он подойдёт", "Не зарегистрировано",
                "Как вы хотите получить ответ");
        u.press("appeal:back").expect("Текущий ответ: +7 717 255 66 77");
        u.say("+7 705 111 22 33").expect("Как вы хотите получить ответ");
        u.say("почтой голубиной").expect("Выберите вариант");
        u.press("appeal:pick:email").expect("электронной почты");
        assertFalse(u.buttons().contains("appeal:skip"), "an answer by e-mail needs the address");
        u.say("maria@").expect("Не похоже на адрес");
        u.say("maria@mail.kz").expect("Вопрос 17 из 18");
        u.press("appeal:files_done").expect("Проверьте обращение", "Решение акимата об отказе", "10.10.2025",
                "Аппарат акима города Астаны", "О выдаче справки", "Иванова", "Мария", "Петровна", "850715401236",
                "г. Алматы, ул. Сатпаева, 22", "Петров Пётр", "+7 705 111 22 33", "maria@mail.kz");
        Draft d = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        String essence = d.answers().get("essence");
        assertTrue(essence.length() <= 4000 && essence.length() > 3900 && essence.endsWith("справке."),
                "the over-long text was cut at the last sentence that fits, as agreed: …" + essence.substring(essence.length() - 30));
    }

    @Test
    void anAnswerChangedFromTheReviewReturnsToTheReviewAndANewTypeAsksWhatItNeeds() {
        User u = russianComplaintUpToAttachments("edit");
        u.press("appeal:files_done").expect("Проверьте обращение");
        u.press("appeal:edit:essence").expect("Текущий ответ: Сыну отказали");
        u.press("appeal:keep_current").expect("Проверьте обращение", "Сыну отказали"); // nothing to retype to keep it
        u.press("appeal:edit:phone").expect("Телефон для связи", "Текущий ответ: +7 701 234 56 78");
        u.say("+7 777 000 11 22").expect("Проверьте обращение", "+7 777 000 11 22");
        assertFalse(u.text().contains("+7 701 234 56 78"));
        u.press("appeal:edit:type").expect("Текущий ответ: Жалоба");
        u.press("appeal:pick:statement").expect("Проверьте обращение");
        assertFalse(u.text().contains("Обжалуемое решение"), "a statement has no challenged decision");
        u.press("appeal:edit:type").press("appeal:pick:complaint").expect("Проверьте обращение", "Обжалуемое решение");
        u.press("appeal:edit:answer_by").press("appeal:pick:portal").expect("Проверьте обращение");
        u.press("appeal:edit:email").press("appeal:skip").expect("Проверьте обращение");
        u.press("appeal:edit:answer_by").press("appeal:pick:email").expect("электронной почты"); // now required again
        assertFalse(u.buttons().contains("appeal:skip"));
        u.say("anna@mail.kz").expect("Проверьте обращение");
        u.press("appeal:edit:applicant").press("appeal:pick:legal").expect("наименование организации");
        u.say("ТОО «Ромашка»").expect("БИН");
        u.say("900101300017").expect("ИИН физического лица");
        u.say("940140000385").expect("Фамилия, имя и отчество представителя");
        u.say("Иванова Анна").expect("Проверьте обращение", "ТОО «Ромашка»", "940140000385");
        assertFalse(u.text().contains("850715401236"), "the person's IIN no longer applies");
        u.press("appeal:confirm");
        String answers = db.jdbi().withHandle(h -> Appeals.list(h, u.chat).getFirst().answers().toString());
        assertFalse(answers.contains("850715401236"), "answers that no longer apply are not kept in the appeal");
    }

    @Test
    void anAkimatNamedByItsPlaceBecomesTheOfficialBodyAndATwoWayNameIsAskedAbout() {
        User u = new User("akimat", "ru");
        u.press("menu:appeal").press("appeal:pick:statement");
        u.say("акимат Жамбылского района").expect("несколько мест");
        assertTrue(u.buttons().containsAll(List.of("appeal:akimat:almaty-region-zhambyl", "appeal:akimat:zhambyl-zhambyl", "appeal:keep")));
        u.press("appeal:akimat:zhambyl-zhambyl").expect("Адресат: <b>Аппарат акима Жамбылского района Жамбылской области</b>",
                "«Аппарат акима Жамбылского района»", "Вопрос 3 из 11");
        u.pressOld("appeal:pick:statement"); // a button from step 1, pressed again: explained, nothing changes
        u.expect("относится к другому шагу", "Вопрос 3 из 11");
        u.say("/menu").press("menu:appeal").press("appeal:restart").press("appeal:pick:statement");
        u.say("акимат села Кенжебай, которого нет в справочнике").expect("Вопрос 3 из 11");
        Draft d = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertEquals("акимат села Кенжебай, которого нет в справочнике", d.answers().get("addressee"), "an unknown place is kept as typed");
    }

    @Test
    void anAddresseeThatNamesNoBodyIsKeptWithANoteAndOnlyTheKindOfBodyIsAskedAgain() {
        User u = new User("no-body", "kk");
        u.press("menu:appeal").press("appeal:pick:statement");
        u.say("Жол жөндеу").expect("«Жол жөндеу» мемлекеттік органның немесе лауазымды адамның атауына ұқсамайды", "Сұрақ 3/11");
        Draft d = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertEquals("Жол жөндеу", d.answers().get("addressee"), "kept, to be changed at the review if the person wants");
        User ru = new User("a-body", "ru");
        ru.press("menu:appeal").press("appeal:pick:statement");
        ru.say("в акимат").expect("Уточните адресата: «в акимат» не называет конкретный орган", "Вопрос 2 из 11"); // only the kind of body: asked again
        // A question of the person's own, naming no body and with no question mark, is answered; it is not the addressee.
        ru.say("сколько ждать ответа").expect("Сколько ждать ответа на обращение?", "Вопрос 2 из 11");
        assertFalse(ru.text().contains("не похоже"), ru.text());
        ru.say("Министерство энергетики Республики Казахстан").expect("Вопрос 3 из 11");
        assertFalse(ru.text().contains("не похоже"), ru.text());
    }

    @Test
    void cancelKeepsTheAnswersAsTheIntroductionPromisesAndStartingOverDeletesThem() {
        User u = new User("cancel", "ru");
        u.press("menu:appeal").expect("/cancel — прервать заполнение (ответы тоже сохранятся)");
        u.press("appeal:pick:request").say("Министерство юстиции").expect("Вопрос 3 из 11");
        u.say("/cancel").expect("Ответы сохранены", "начать заново");
        assertEquals(1, count("select count(*) from appeal_drafts where chat_id = :chat", u.chat));
        u.press("menu:appeal").expect("незаконченное", "вопросе 3 из 11");
        u.press("appeal:resume").expect("Вопрос 3 из 11", "тему обращения");
        u.say("/cancel").press("menu:appeal").press("appeal:restart").expect("Вопрос 1 из 11");
        Draft d = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertTrue(d.answers().isEmpty(), "starting over is where the answers go");
    }

    @Test
    void aUserWhoLeftForTheMenuIsOfferedToContinueOrStartOver() {
        User u = new User("resume", "kk");
        u.press("menu:appeal").press("appeal:pick:statement").say("Денсаулық сақтау министрлігі").expect("Сұрақ 3/11");
        u.say("/menu");
        u.press("menu:appeal").expect("аяқталмаған өтініш", "3-сұрақта");
        u.press("appeal:resume").expect("Сұрақ 3/11", "тақырыбын");
        u.say("/menu").press("menu:appeal").press("appeal:restart").expect("Сұрақ 1/11");
        Draft d = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertTrue(d.answers().isEmpty());
    }

    @Test
    void switchingTheLanguageMidWizardPicksTheAppealUpAgainInTheNewLanguage() {
        User u = new User("switch", "kk");
        u.press("menu:appeal").press("appeal:pick:statement").say("Денсаулық сақтау министрлігі").expect("Сұрақ 3/11");
        u.say("/language").press("lang:ru").expect("Язык изменён", "незаконченное");
        u.press("appeal:resume").expect("Вопрос 3 из 11");
    }

    @Test
    void aRestartedBotContinuesAtTheSameStepWithEveryAnswerKept() {
        User u = new User("restart", "ru");
        u.press("menu:appeal").press("appeal:pick:statement").say("Министерство здравоохранения Республики Казахстан");
        u.say("О записи к врачу").say("Запись к врачу в поликлинике № 3 недоступна уже месяц, прошу помочь.");
        u.press("appeal:pick:self").say("Сидоров").expect("Имя заявителя");

        try (Assistant restarted = Assistant.start(ContentRoot.at(Path.of(".")), TestDatabase.at(url))) { // a new process on the same database
            u.assistant = restarted;
            u.say("Олег").expect("Отчество");
            u.say("Игоревич").say("900101300017").say("г. Шымкент, ул. Тауке хана, 5").say("87015556677");
            u.press("appeal:pick:post").press("appeal:skip").press("appeal:files_done");
            u.expect("Проверьте обращение", "Министерство здравоохранения", "О записи к врачу", "поликлинике № 3",
                    "Сидоров", "Олег", "Игоревич", "900101300017", "+7 701 555 66 77", "Почтой");
        }
    }

    @Test
    void filesOverEachLimitAreRefusedWhenSentWithTheReason() {
        User u = russianComplaintUpToAttachments("files");
        u.send("голос.ogg", "audio/ogg", 30_000).expect("не принят", "аудио- и видеофайлами");
        u.send("видео.mp4", "video/mp4", 5 * MB).expect("не принят", "аудио- и видеофайлами");
        u.send("скан.pdf", "application/pdf", 75 * MB).expect("Файл принят");
        u.send("фото.jpg", "image/jpeg", 6 * MB).expect("не принят", "превысит 80 МБ", "75,0 МБ");
        for (int i = 2; i <= 10; i++) u.send("лист" + i + ".jpg", "image/jpeg", 100_000).expect("Файл принят");
        u.send("лист11.jpg", "image/jpeg", 100_000).expect("не принят", "не больше 10 файлов");
        u.press("appeal:files_done").expect("скан.pdf", "лист10.jpg");
        assertFalse(u.text().contains("лист11.jpg"));
        assertFalse(u.text().contains("голос.ogg"));
        u.press("appeal:edit:attachments").press("appeal:files_clear").expect("убраны", "Файлов пока нет");
    }

    @Test
    void aComplaintAboutInactionGoesWithoutADateAndAMonthAndYearAreEnough() {
        User u = new User("inaction", "ru");
        u.press("menu:appeal").press("appeal:pick:complaint");
        u.say("Бездействие акимата: не отвечают на моё заявление").expect("если помните только месяц");
        assertTrue(u.buttons().contains("appeal:skip"), "inaction has no decision to date: the date may be skipped");
        u.say("в марте 2025").expect("01.03.2025 (первое число месяца)", "В какой государственный орган");
        u.press("appeal:back").expect("Текущий ответ: 01.03.2025");
        u.say("март 2025").expect("01.03.2025");
        u.press("appeal:back").say("не помню").expect("В какой государственный орган");
        Draft d = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertEquals("", d.answers().get("challenged_date"), "'не помню' skips the date");
        User kk = new User("inaction-kk", "kk");
        kk.press("menu:appeal").press("appeal:pick:complaint").say("Әкімдіктің әрекетсіздігі: арызыма жауап бермейді");
        kk.say("2025 жылғы наурыз").expect("01.03.2025 (айдың бірінші күні)");
    }

    @Test
    void aTopicThatEndsWithAQuestionMarkIsTheTopicAndTheFormGoesOn() {
        User u = new User("topic-question", "ru");
        u.press("menu:appeal").press("appeal:pick:request").say("Министерство юстиции");
        u.say("Какие сроки рассмотрения обращений в министерстве?").expect("опишите суть", "Вопрос 4 из 11");
        Draft d = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertEquals("Какие сроки рассмотрения обращений в министерстве?", d.answers().get("subject"));
        assertEquals("essence", d.step(), "the form moved on instead of asking the topic again");
    }

    @Test
    void confirmPressedTwiceOrAnOldButtonSaysWhatItBelongedToAndStartsNothing() {
        User u = russianComplaintUpToAttachments("twice");
        u.press("appeal:files_done").press("appeal:confirm").expect("Оно ещё не отправлено");
        u.pressOld("appeal:confirm").expect("уже подтверждено", "Мои обращения");
        assertEquals(0, count("select count(*) from appeal_drafts where chat_id = :chat", u.chat), "no empty appeal was started");
        assertEquals(1, count("select count(*) from appeals where chat_id = :chat", u.chat));
        u.pressOld("appeal:pick:complaint").expect("обращения, которого больше нет");
        assertEquals(0, count("select count(*) from appeal_drafts where chat_id = :chat", u.chat));
        u.say("как отозвать обращение").expect("Источник:"); // and the chat is the main chat again, not a blank form
    }

    @Test
    void typedButtonLabelsActAsTheButtonsAndAreNeverSavedAsAnswers() {
        User u = new User("typed-labels", "ru");
        u.press("menu:appeal").say("Заявление").say("Министерство юстиции").say("О справке о несудимости");
        u.say("Прошу сообщить, как получить справку о несудимости для работы.").say("От своего имени");
        u.say("Иванов").say("Иван").say("Пропустить").expect("Индивидуальный идентификационный номер");
        u.say("пропустить").expect("Почтовый адрес");   // no IIN: "при наличии", as the Code says
        u.say("г. Астана, ул. Кенесары, 1").say("+7 701 234 56 78").say("В личном кабинете e-Otinish").say("Пропустить");
        u.say("Готово").expect("Проверьте обращение");
        Draft d = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertEquals("", d.answers().get("patronymic"), "«Пропустить» typed is a skip, not a patronymic");
        assertEquals("", d.answers().get("iin"));
        u.say("подтвердить").expect("Оно ещё не отправлено");
        assertFalse(u.text().contains("Пропустить"), "the letter holds no button's label");
        User kk = new User("typed-labels-kk", "kk");
        kk.press("menu:appeal").say("Арыз").say("Әділет министрлігі").say("Соттылығы жоқ екені туралы анықтама");
        kk.say("Мектепте жұмыс істеу үшін соттылығы жоқ екені туралы анықтаманы қалай алуға болатынын хабарлауыңызды сұраймын.");
        kk.say("Өз атымнан").say("Иванов").say("Иван").say("Өткізіп жіберу").say("Өткізіп жіберу");
        kk.say("Астана қ., Кенесары к., 1").say("87012345678").press("appeal:pick:portal").press("appeal:skip").press("appeal:files_done");
        kk.say("Растау").expect("Ол әлі жіберілген жоқ");
    }

    @Test
    void anEmojiTopicIsRefusedAndAMistypedMailDomainIsAskedAbout() {
        User u = new User("emoji-mail", "ru");
        u.press("menu:appeal").press("appeal:pick:request").say("Министерство юстиции");
        u.say("😡😡😡😡😡😡").expect("нет ни одной буквы", "тему обращения");
        u.say("О справке").say("Прошу сообщить, как получить справку о несудимости для работы.");
        u.press("appeal:pick:self").say("Ким").say("Ерлан").press("appeal:skip").say("ИИН 900101300017").expect("Почтовый адрес");
        u.say("г. Караганда, ул. Ерубаева, 5").say("8 701 234 56 7").expect("не хватает одной цифры");
        u.say("8 701 234 56 78").press("appeal:pick:email");
        u.say("erlan@gmial.com").expect("erlan@gmail.com");
        u.press("appeal:email_fix").expect("не более 10 файлов");
        Draft d = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertEquals("erlan@gmail.com", d.answers().get("email"));
        assertEquals("900101300017", d.answers().get("iin"), "the number is read out of «ИИН …»");
        u.send("scan.pdf", "application/pdf", 90 * MB).expect("он один весит 90,0 МБ");
        u.press("appeal:files_done").press("appeal:edit:email");
        u.say("erlan@mail.rru").expect("erlan@mail.ru");
        u.press("appeal:keep").expect("Проверьте обращение", "erlan@mail.rru");
    }

    @Test
    void kazakhTypedInLatinIsOfferedInCyrillicAtTheReviewAndConvertedOnlyWhenAsked() throws IOException {
        User u = new User("latin-kk", "kk");
        u.press("menu:appeal").press("appeal:pick:proposal").say("Almaty qalasy akimdigi");
        u.say("Koshe jaryghy turaly").say("Bizdin koshede jaryq jok, keshke balalar qaranghyda jureді. Shamdardy jondeudi suraimyn.");
        u.press("appeal:pick:self").say("Seitqalieva").say("Aigul").press("appeal:skip").press("appeal:skip");
        u.say("Almaty q., Abai dangghyly, 10").press("appeal:skip").press("appeal:pick:portal").press("appeal:skip");
        u.press("appeal:files_done").expect("латын әріптерімен жазылған");
        assertTrue(u.buttons().contains("appeal:cyrillic"));
        Draft before = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertEquals("Seitqalieva", before.answers().get("surname"), "nothing changes without the person's word");
        u.press("appeal:cyrillic").expect("Кириллицаға ауыстырдым");
        Draft after = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertTrue(after.answers().get("surname").startsWith("Сейтқал"), after.answers().toString());
        assertTrue(after.answers().get("subject").startsWith("Көше") || after.answers().get("subject").startsWith("Коше"), after.answers().toString());
        assertFalse(u.buttons().contains("appeal:cyrillic"), "nothing left in Latin");
        u.press("appeal:confirm");
        assertTrue(pdfText(u.document()).contains("Сейтқал"));
    }

    @Test
    void aFileSentBeforeTheAttachmentsStepIsNotTakenAndTheQuestionIsRepeated() {
        User u = new User("early-file", "ru");
        u.press("menu:appeal").send("doc.pdf", "application/pdf", 1000).expect("на шаге «Приложения»", "Вопрос 1 из 11");
    }

    @Test
    void aQuestionTypedMidWizardIsAnsweredThenTheStepIsAskedAgain() {
        User u = new User("faq", "ru");
        u.press("menu:appeal").press("appeal:pick:statement").say("Министерство финансов");
        // At a choice a question cannot be an answer: it gets the FAQ's, then the form's question again.
        u.say("/menu").press("menu:appeal").press("appeal:restart");
        u.say("как отозвать обращение?").expect("Отозвать", "вернёмся к обращению", "Вопрос 1 из 11");
        Draft d = db.jdbi().withHandle(h -> Drafts.find(h, u.chat).orElseThrow());
        assertEquals("type", d.step());
    }

    @Test
    void noPersonalDataReachesTheLogs() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            User u = russianComplaintUpToAttachments("logs");
            u.send("паспорт_Ивановой.pdf", "application/pdf", MB).press("appeal:files_done").press("appeal:confirm");
            u.press("menu:appeals").say("/menu").press("menu:appeal").press("appeal:pick:statement");
            assertTrue(Retention.purge(db.jdbi(), Drafts.retention(Duration.ZERO)) >= 1);
        } finally {
            System.setErr(stderr);
        }
        String log = logged.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("Purged"), "the log was captured: " + log);
        for (String personal : List.of("850715401236", "701 234", "7012345678", "Иванова", "Анна", "Абая", "anna@mail.kz", "паспорт")) {
            assertFalse(log.contains(personal), () -> personal + " reached the log:\n" + log);
        }
    }

    @Test
    void forgetRemovesTheDraftAndEveryAppeal() {
        User u = russianComplaintUpToAttachments("forget");
        u.press("appeal:files_done").press("appeal:confirm");
        u.press("menu:appeal").press("appeal:pick:statement");
        assertEquals(1, count("select count(*) from appeals where chat_id = :chat", u.chat));
        assertEquals(1, count("select count(*) from appeal_drafts where chat_id = :chat", u.chat));
        u.say("/forget").press("forget:yes");
        assertEquals(0, count("select count(*) from appeals where chat_id = :chat", u.chat));
        assertEquals(0, count("select count(*) from appeal_drafts where chat_id = :chat", u.chat));
        assertEquals(0, count("select count(*) from audit where chat_id = :chat", u.chat));
    }
}
