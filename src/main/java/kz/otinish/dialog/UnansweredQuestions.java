package kz.otinish.dialog;

import kz.otinish.Lang;
import org.jdbi.v3.core.Handle;

/**
 * Questions the FAQ could not answer, for admins to see what the corpus lacks; kept with IINs, phones and e-mails
 * masked ({@link PersonalDetails}), and deleted with the user.
 */
final class UnansweredQuestions {
    /** Long texts are cut: admins need the gist, not a whole letter that may carry personal details. */
    private static final int MAX_CHARS = 300;

    void record(Handle h, ChatRef chat, Lang lang, String question) {
        String text = PersonalDetails.masked(question.strip());
        if (text.length() > MAX_CHARS) text = text.substring(0, MAX_CHARS);
        h.createUpdate("""
                insert into unanswered_questions (channel, chat_id, lang, question)
                values (:channel, :chat, :lang, :question)""")
                .bind("channel", chat.channel()).bind("chat", chat.chatId())
                .bind("lang", lang.code()).bind("question", text)
                .execute();
    }
}
