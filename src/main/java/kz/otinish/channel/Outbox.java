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
    /** This process's name on its claims. */
    private final String me = java.util.UUID.randomUUID().toString();
    /**
     * How long a claim holds without being renewed: far longer than one send, and short, since the replies a crashed
     * process had claimed wait this long before another process (or the restarted one) sends them.
     */
    static final java.time.Duration LEASE = java.time.Duration.ofSeconds(30);

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

    /** What {@link #claim} got: the chat's replies for this process to send, or none because another process sends them. */
    record Claim(boolean busy, List<Entry> entries) {}

    /**
     * Claims the chat's waiting replies for this process for {@link #LEASE}, oldest first; busy when another process holds
     * a live claim on any of them (it sends them, in order). A lock per chat (a hash of it) makes two claims one after
     * the other.
     */
    Claim claim(String chatId) {
        return jdbi.inTransaction(h -> {
            h.createQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))").bind("key", "outbox " + channel + " " + chatId)
                    .mapTo(String.class).one();
            boolean busy = h.createQuery("""
                    select exists (select 1 from outbox where channel = :channel and chat_id = :chat
                                   and claimed_by <> :me and claimed_until > now())""")
                    .bind("channel", channel).bind("chat", chatId).bind("me", me).mapTo(Boolean.class).one();
            if (busy) return new Claim(true, List.of());
            List<Entry> entries = h.createQuery("""
                    update outbox set claimed_by = :me, claimed_until = now() + make_interval(secs => :lease)
                    where channel = :channel and chat_id = :chat
                    returning id, reply::text""")
                    .bind("me", me).bind("lease", LEASE.toSeconds()).bind("channel", channel).bind("chat", chatId)
                    .map((rs, ctx) -> new Entry(rs.getLong(1), read(rs.getString(2)))).list();
            return new Claim(false, entries.stream().sorted(java.util.Comparator.comparingLong(Entry::id)).toList());
        });
    }

    /** Keeps this process's claim on a reply it is still trying to send. */
    void renew(long id) {
        jdbi.useHandle(h -> h.createUpdate("update outbox set claimed_until = now() + make_interval(secs => :lease) where id = :id and claimed_by = :me")
                .bind("lease", LEASE.toSeconds()).bind("id", id).bind("me", me).execute());
    }

    /** Gives up this process's claims on the chat's replies that must wait: any process may send them later. */
    void release(String chatId) {
        jdbi.useHandle(h -> h.createUpdate("""
                update outbox set claimed_by = null, claimed_until = null where channel = :channel and chat_id = :chat and claimed_by = :me""")
                .bind("channel", channel).bind("chat", chatId).bind("me", me).execute());
    }

    List<String> chatsWithPending() {
        return jdbi.withHandle(h -> h.createQuery("select distinct chat_id from outbox where channel = :channel")
                .bind("channel", channel).mapTo(String.class).list());
    }

    /**
     * Deletes a reply the messenger accepted; true if the chat has others waiting. Asked in the same statement: a flush
     * that has sent its claim then ends without claiming again (three statements and a commit) only to find nothing.
     */
    boolean remove(String chatId, long id) {
        return jdbi.withHandle(h -> h.createQuery("""
                with gone as (delete from outbox where id = :id)
                select exists (select 1 from outbox where channel = :channel and chat_id = :chat and id <> :id)""")
                .bind("id", id).bind("channel", channel).bind("chat", chatId).mapTo(Boolean.class).one());
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
