package kz.otinish.dialog;

import kz.otinish.Lang;
import org.jdbi.v3.core.Handle;

/**
 * A 👍 or 👎 under an answer, with the question it answered when the person typed one (masked, cut as unanswered
 * questions are): the admins' measure of each entry.
 */
final class AnswerFeedback {
    private static final int MAX_CHARS = 300;

    private AnswerFeedback() {}

    static void record(Handle h, ChatRef chat, Lang lang, String entryId, boolean helped, String question) {
        String text = question == null ? null : PersonalDetails.masked(question.strip());
        if (text != null && text.length() > MAX_CHARS) text = text.substring(0, MAX_CHARS);
        h.createUpdate("""
                insert into answer_feedback (channel, chat_id, entry_id, lang, vote, question)
                values (:channel, :chat, :entry, :lang, :vote, :question)""")
                .bind("channel", chat.channel()).bind("chat", chat.chatId()).bind("entry", entryId).bind("lang", lang.code())
                .bind("vote", helped ? 1 : -1).bind("question", text)
                .execute();
    }
}
