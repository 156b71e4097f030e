package kz.otinish.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.Lang;
import kz.otinish.knowledge.FaqEntry;
import kz.otinish.knowledge.Source;
import org.junit.jupiter.api.Test;

class AskFlowTest {
    @Test
    void anAnswerNamesEverySectionItRestsOnInTheUsersLanguage() throws IOException {
        Source leaflet = new Source("leaflet", Map.of(Lang.KK, "Жадынама", Lang.RU, "Памятка"));
        Source faq = new Source("faq", Map.of(Lang.KK, "Сұрақтар", Lang.RU, "Вопросы & ответы"));
        FaqEntry entry = new FaqEntry("merged",
                List.of(new FaqEntry.Citation(leaflet, "Өтініш мазмұны"), new FaqEntry.Citation(faq, "93-бап")),
                Map.of(Lang.KK, new FaqEntry.Text("Не жазамын?", List.of(), "Былай."),
                        Lang.RU, new FaqEntry.Text("Что писать?", List.of(), "Так.")));
        String ru = AskFlow.answerText(Texts.load(ContentRoot.at(Path.of("."))), Lang.RU, entry);
        String lastLine = ru.lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("<i>Источник: Памятка; Вопросы &amp; ответы</i>", lastLine, "Russian readers get the titles, no Kazakh headings");
        assertTrue(AskFlow.answerText(Texts.load(ContentRoot.at(Path.of("."))), Lang.KK, entry).endsWith("Дереккөз: Жадынама, «Өтініш мазмұны»; Сұрақтар, 93-бап</i>"));
    }

    @Test
    void aHeadingIsCitedInQuotesSoAQuestionInItDoesNotReadAsTheBotAsking() {
        assertEquals("«„e-Otinish“ жүйесінен өзіңізге қажетті өңірдің әкімдігін тапқыңыз келе ме?»",
                AskFlow.cited("«e-Otinish» жүйесінен өзіңізге қажетті өңірдің әкімдігін тапқыңыз келе ме?"));
        assertEquals("«Қол қою және жіберу»", AskFlow.cited("«Қол қою және жіберу»"), "already quoted whole");
        assertEquals("76-бап", AskFlow.cited("76-бап"), "a numbered reference");
        assertEquals("1-тарау. Жалпы ережелер, 1-тармақ", AskFlow.cited("1-тарау. Жалпы ережелер, 1-тармақ"));
    }
}
