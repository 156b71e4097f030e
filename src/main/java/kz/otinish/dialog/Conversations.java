package kz.otinish.dialog;

import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.otinish.Lang;
import org.jdbi.v3.core.Handle;

/** Where each chat is in the dialog, in the users and conversations tables. */
final class Conversations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STATE = new TypeReference<>() {};

    private Conversations() {}

    /**
     * Loads (creating on first contact) the chat's conversation, locking the user's row until the transaction ends; with
     * a {@code deliveryId}, records it as handled first, and loads nothing (empty) when it was handled before (a
     * redelivered update). One statement either way, as every message pays for each round trip to the database.
     */
    static Optional<Session> open(Handle h, ChatRef chat, String deliveryId, Texts texts, Dialog dialog, String defaultFlow) {
        record Row(String lang, String flow, String state) {}
        var query = h.createQuery(deliveryId == null ? """
                with u as (
                    insert into users (channel, chat_id) values (:channel, :chat)
                    on conflict (channel, chat_id) do update set last_seen = now()
                    returning lang)
                select u.lang, c.flow, c.state::text as state
                from u left join conversations c on c.channel = :channel and c.chat_id = :chat""" : """
                with d as (
                    insert into processed_deliveries (channel, delivery_id) values (:channel, :delivery)
                    on conflict do nothing
                    returning 1),
                u as (
                    insert into users (channel, chat_id) select :channel, :chat where exists (select from d)
                    on conflict (channel, chat_id) do update set last_seen = now()
                    returning lang)
                select u.lang, c.flow, c.state::text as state
                from u left join conversations c on c.channel = :channel and c.chat_id = :chat""")
                .bind("channel", chat.channel()).bind("chat", chat.chatId());
        if (deliveryId != null) query.bind("delivery", deliveryId);
        Optional<Row> found = query.map((rs, ctx) -> new Row(rs.getString("lang"), rs.getString("flow"), rs.getString("state"))).findOne();
        return found.map(row -> new Session(chat, h, texts, dialog, Lang.fromCode(row.lang()).orElse(null),
                row.flow() == null ? defaultFlow : row.flow(), parse(row.state() == null ? "{}" : row.state())));
    }

    /** The conversation's new state and, in the same statement, the topics the event showed ({@link TopicCounts}). */
    static void save(Handle h, Session s) {
        String saved = """
                insert into conversations (channel, chat_id, flow, state) values (:channel, :chat, :flow, cast(:state as jsonb))
                on conflict (channel, chat_id) do update set flow = excluded.flow, state = excluded.state, updated_at = now()""";
        Map<String, Integer> shown = s.shown();
        var update = h.createUpdate(shown.isEmpty() ? saved : TopicCounts.COUNTED_WITH + saved)
                .bind("channel", s.chat().channel()).bind("chat", s.chat().chatId())
                .bind("flow", s.flow()).bind("state", write(s.state()));
        if (!shown.isEmpty()) {
            update.bind("lang", s.lang().code()).bindArray("entries", String.class, List.copyOf(shown.keySet()))
                    .bindArray("times", Integer.class, List.copyOf(shown.values()));
        }
        update.execute();
        if (!s.langChanged()) return; // the users row was touched in open(); only a new language needs writing
        h.createUpdate("update users set lang = :lang where channel = :channel and chat_id = :chat")
                .bind("lang", s.lang() == null ? null : s.lang().code())
                .bind("channel", s.chat().channel()).bind("chat", s.chat().chatId())
                .execute();
    }

    /**
     * /forget: the user and, by cascade, everything the bot holds about them; and the record of their deliveries
     * whose ids begin with their chat id (the chat API's "chatId/messageId", where a chat id may be an e-mail).
     */
    static void forget(Handle h, ChatRef chat) {
        h.createUpdate("delete from users where channel = :channel and chat_id = :chat")
                .bind("channel", chat.channel()).bind("chat", chat.chatId()).execute();
        h.createUpdate("delete from processed_deliveries where channel = :channel and starts_with(delivery_id, :prefix)")
                .bind("channel", chat.channel()).bind("prefix", chat.chatId() + "/").execute();
        // An admin of the console is a messenger user too: their sign-in links, sessions and admin rights go as well.
        String adminId = chat.channel() + ":" + chat.chatId();
        for (String table : List.of("admin_links", "admin_sessions", "admins")) {
            h.createUpdate("delete from " + table + " where admin_id = :admin").bind("admin", adminId).execute();
        }
        // What they did as an admin stays on record (who added whom, who published what), no longer saying it was them.
        for (String column : List.of("admins.added_by", "kb_versions.author", "kb_audit.admin")) {
            String[] tc = column.split("\\.");
            h.createUpdate("update " + tc[0] + " set " + tc[1] + " = 'an admin who left' where " + tc[1] + " = :admin")
                    .bind("admin", adminId).execute();
        }
    }

    /** Records a delivery as handled: a parked event's, so that a redelivery is not failed again. */
    static boolean firstDelivery(Handle h, String channel, String deliveryId) {
        return h.createUpdate("""
                insert into processed_deliveries (channel, delivery_id) values (:channel, :id)
                on conflict do nothing""")
                .bind("channel", channel).bind("id", deliveryId).execute() == 1;
    }

    /**
     * Forgets deliveries handled before {@code cutoff}: far beyond any redelivery window, so the record
     * has done its work and would otherwise grow forever.
     */
    static int forgetDeliveriesBefore(Handle h, Instant cutoff) {
        return h.createUpdate("delete from processed_deliveries where processed_at < :cutoff")
                .bind("cutoff", cutoff).execute();
    }

    private static Map<String, String> parse(String json) {
        try {
            return new HashMap<>(JSON.readValue(json, STATE));
        } catch (JsonProcessingException e) {
            return new HashMap<>();
        }
    }

    private static String write(Map<String, String> state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation state is not serialisable", e);
        }
    }
}
