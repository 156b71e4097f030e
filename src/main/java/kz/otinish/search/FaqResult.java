package kz.otinish.search;

import java.util.List;
import java.util.Optional;
import kz.otinish.Lang;
import kz.otinish.knowledge.FaqEntry;

/**
 * What the FAQ search found: the answer when it is confident, otherwise nothing but up to three
 * closest topics. {@code queryLang} is the language the question was written in, as detected;
 * {@code smallTalk} marks a greeting or thanks rather than a question.
 */
public record FaqResult(Lang queryLang, Optional<FaqEntry> answer, double score, double confidence,
                        List<FaqEntry> suggestions, boolean smallTalk) {
    public boolean answered() {
        return answer.isPresent();
    }
}
