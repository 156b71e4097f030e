package kz.otinish.channel.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The replies the chat API gave per messageId (table {@code http_replies}), so that a retry gets them
 * again. Rows go with the delivery's record (retention) and with the user (/forget), by foreign keys.
 */
final class Answers {
    private static final ObjectMapper json = new ObjectMapper();
    private final Jdbi jdbi;

    Answers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Keeps {@code replies} in the event's transaction. After /forget the user is gone, and so is what
     * would be kept for them: a retry of /forget then answers nothing rather than failing.
     */
    static void keep(Handle h, String chatId, String deliveryId, String replies) {
        h.createUpdate("""
                insert into http_replies (channel, chat_id, delivery_id, replies)
                select :channel, :chat, :delivery, cast(:replies as jsonb)
                where exists (select 1 from users where channel = :channel and chat_id = :chat)""")
                .bind("channel", HttpChat.CHANNEL).bind("chat", chatId).bind("delivery", deliveryId)
                .bind("replies", replies).execute();
    }

    /** The replies kept for a delivery, as the JSON array they were sent as. */
    Optional<String> find(String deliveryId) {
        return jdbi.withHandle(h -> h.createQuery("select replies::text from http_replies where channel = :channel and delivery_id = :delivery")
                .bind("channel", HttpChat.CHANNEL).bind("delivery", deliveryId)
                .mapTo(String.class).findOne());
    }

    static String write(Object replies) {
        try {
            return json.writeValueAsString(replies);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
