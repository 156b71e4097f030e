package kz.otinish.search;

import java.util.List;
import java.util.Optional;
import kz.otinish.Lang;
import kz.otinish.knowledge.FaqEntry;

/**
 * What the FAQ search found: the answer when it is confident, otherwise nothing but up to three
 * closest topics; {@code suggestions} under an answer are the topics rated nearly as high (up to two), which the
 * question may be about instead. {@code queryLang} is the language the question was written in, as detected;
 * {@code smallTalk} tells a greeting or thanks from a question.
 */
public record FaqResult(Lang queryLang, Optional<FaqEntry> answer, double score, double confidence,
                        List<FaqEntry> suggestions, SmallTalk smallTalk, Reason reason, double modelScore) {
    /** A message that is not a question: a greeting gets a greeting back, thanks get "you are welcome". */
    public enum SmallTalk { NONE, GREETING, THANKS }

    /**
     * Which signal decided, for admins who ask why: the term search and the intent model agreeing ({@code BOTH}), one
     * of them alone, a topic the bot does not cover, small talk, or nothing sure enough ({@code UNSURE}).
     */
    public enum Reason { BOTH, SEARCH, MODEL, OUT_OF_SCOPE, SMALL_TALK, UNSURE }

    public boolean answered() {
        return answer.isPresent();
    }
}
