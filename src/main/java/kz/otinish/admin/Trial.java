package kz.otinish.admin;

import java.util.List;
import java.util.Locale;
import kz.otinish.Lang;
import kz.otinish.knowledge.FaqEntry;
import kz.otinish.search.FaqResult;
import kz.otinish.search.FaqSearch;

/**
 * A question tried in the console, and why the bot would answer it so: the answer or the topics it would offer, which
 * signal decided, the scores, the intent model's best guesses and the terms each language's analysis made of it.
 * {@code answerText} is safe HTML, as Telegram would show the answer.
 */
public record Trial(String answerId, String answerText, List<String> suggestions, String reason, String confidence,
                    String modelScore, List<String> modelGuesses, List<String> kazakhTokens, List<String> russianTokens) {

    static Trial of(FaqSearch faq, String question) {
        FaqResult r = faq.search(question);
        Lang lang = r.queryLang();
        return new Trial(r.answer().map(FaqEntry::id).orElse(null), r.answer().map(e -> TelegramPreview.html(e.in(lang).answer())).orElse(null),
                r.suggestions().stream().map(FaqEntry::id).toList(), r.reason().name(),
                String.format(Locale.ROOT, "%.2f", r.confidence()), String.format(Locale.ROOT, "%.2f", r.modelScore()),
                faq.modelGuesses(question, 3), faq.tokens(Lang.KK, question), faq.tokens(Lang.RU, question));
    }
}
