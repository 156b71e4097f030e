package kz.otinish.knowledge;

import java.util.List;
import java.util.Map;
import kz.otinish.Lang;

/** One answer the bot can give, in both languages, with the sections of the documents it comes from. */
public record FaqEntry(String id, List<Citation> sources, Map<Lang, Text> texts) {

    /** A section of an official document an answer rests on. */
    public record Citation(Source document, String section) {}

    /**
     * The entry in one language: its title question, the short label of its topic button, other ways people ask it,
     * the answer (HTML subset), and the
     * answer as the search reads it: without the notes many answers share (facts.yaml's {@code searched: false}),
     * which would make those entries alike to the search.
     */
    public record Text(String question, String button, List<String> phrasings, String answer, String searchedAnswer) {
        /** The longest label a topic button may have: longer ones are cut with "…" on a phone. */
        public static final int BUTTON_MAX = 30;

        public Text(String question, List<String> phrasings, String answer) {
            this(question, question, phrasings, answer, answer);
        }
    }

    public Text in(Lang lang) {
        return texts.get(lang);
    }
}
