package kz.otinish.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import kz.otinish.dialog.Reply;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The replies not yet accepted by the messenger (table {@code outbox}), oldest first per chat. */
final class Outbox {
    private static final ObjectMapper json = new ObjectMapper();
    private final Jdbi jdbi;
    private final String channel;

    record Entry(long id, Reply part) {}

    Outbox(Jdbi jdbi, String channel) {
        this.jdbi = jdbi;
        this.channel = channel;
    }

    /** Adds parts inside the caller's transaction, so they commit with the event that produced them. */
    void add(Handle h, String chatId, List<Reply> parts) {
        for (Reply part : parts) {
            h.createUpdate("insert into outbox (channel, chat_id, reply) values (:channel, :chat, cast(:reply as jsonb))")
                    .bind("channel", channel).bind("chat", chatId).bind("reply", write(part)).execute();
        }
    }

    List<Entry> pending(String chatId) {
        return jdbi.withHandle(h -> h.createQuery("select id, reply::text from outbox where channel = :channel and chat_id = :chat order by id")
                .bind("channel", channel).bind("chat", chatId)
                .map((rs, ctx) -> new Entry(rs.getLong(1), read(rs.getString(2)))).list());
    }

    List<String> chatsWithPending() {
        return jdbi.withHandle(h -> h.createQuery("select distinct chat_id from outbox where channel = :channel")
                .bind("channel", channel).mapTo(String.class).list());
    }

    void remove(long id) {
        jdbi.useHandle(h -> h.createUpdate("delete from outbox where id = :id").bind("id", id).execute());
    }

    private static String write(Reply part) {
        try {
            return json.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply read(String text) {
        try {
            return json.readValue(text, Reply.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
