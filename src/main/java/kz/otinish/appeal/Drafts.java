package kz.otinish.appeal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.FileInfo;
import kz.otinish.storage.Retention;
import org.jdbi.v3.core.Handle;

/** The drafts table: at most one appeal in progress per user. */
public final class Drafts {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {};
    private static final TypeReference<List<FileInfo>> FILES = new TypeReference<>() {};
    /** How long an untouched draft is kept unless configured otherwise. */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(30);

    private Drafts() {}

    public static Optional<Draft> find(Handle h, ChatRef chat) {
        return h.createQuery("""
                select step, answers::text as answers, files::text as files, reviewing, pending
                from appeal_drafts where channel = :channel and chat_id = :chat""")
                .bind("channel", chat.channel()).bind("chat", chat.chatId())
                .map((rs, ctx) -> new Draft(rs.getString("step"), read(rs.getString("answers"), ANSWERS),
                        read(rs.getString("files"), FILES), rs.getBoolean("reviewing"), rs.getString("pending")))
                .findOne();
    }

    public static void save(Handle h, ChatRef chat, Draft d) {
        h.createUpdate("""
                insert into appeal_drafts (channel, chat_id, step, answers, files, reviewing, pending)
                values (:channel, :chat, :step, cast(:answers as jsonb), cast(:files as jsonb), :reviewing, :pending)
                on conflict (channel, chat_id) do update set step = excluded.step, answers = excluded.answers,
                    files = excluded.files, reviewing = excluded.reviewing, pending = excluded.pending, updated_at = now()""")
                .bind("channel", chat.channel()).bind("chat", chat.chatId())
                .bind("step", d.step()).bind("answers", write(d.answers())).bind("files", write(d.files()))
                .bind("reviewing", d.reviewing()).bind("pending", d.pending())
                .execute();
    }

    public static void delete(Handle h, ChatRef chat) {
        h.createUpdate("delete from appeal_drafts where channel = :channel and chat_id = :chat")
                .bind("channel", chat.channel()).bind("chat", chat.chatId()).execute();
    }

    /** Deletes drafts nobody touched since {@code cutoff}; the program calls it at start-up and daily. */
    public static int purgeUntouchedSince(Handle h, Instant cutoff) {
        return h.createUpdate("delete from appeal_drafts where updated_at < :cutoff")
                .bind("cutoff", cutoff).execute();
    }

    /** Drafts untouched for {@code keep} are deleted ({@code OTINISH_DRAFT_DAYS}, default 30). */
    public static Retention.Rule retention(Duration keep) {
        return new Retention.Rule("appeal drafts", keep, Drafts::purgeUntouchedSince);
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable appeal row", e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("appeal row not serialisable", e);
        }
    }
}
