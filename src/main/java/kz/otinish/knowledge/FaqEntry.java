package kz.otinish.knowledge;

import java.util.List;
import java.util.Map;
import kz.otinish.Lang;

/** One answer the bot can give, in both languages, with the document it comes from. */
public record FaqEntry(String id, Source source, String section, Map<Lang, Text> texts) {

    /** The entry in one language: its title question, other ways people ask it, and the answer (HTML subset). */
    public record Text(String question, List<String> phrasings, String answer) {}

    public Text in(Lang lang) {
        return texts.get(lang);
    }
}
