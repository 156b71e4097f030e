package kz.otinish.appeal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.FileInfo;
import kz.otinish.Lang;
import org.jdbi.v3.core.Handle;

/** The appeals table: what each user confirmed, newest first, only ever read by its own chat. */
public final class Appeals {
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {};
    private static final TypeReference<List<FileInfo>> FILES = new TypeReference<>() {};
    private static final String COLUMNS = "id, lang, filed_on, answers::text as answers, files::text as files";

    private Appeals() {}

    /** Saves the appeal and returns it with its id. */
    public static Appeal add(Handle h, ChatRef chat, Appeal a) {
        long id = h.createQuery("""
                insert into appeals (channel, chat_id, lang, filed_on, answers, files)
                values (:channel, :chat, :lang, :filed, cast(:answers as jsonb), cast(:files as jsonb))
                returning id""")
                .bind("channel", chat.channel()).bind("chat", chat.chatId()).bind("lang", a.lang().code())
                .bind("filed", Date.valueOf(a.filedOn()))
                .bind("answers", Drafts.write(a.answers())).bind("files", Drafts.write(a.files()))
                .mapTo(Long.class).one();
        return new Appeal(id, a.lang(), a.filedOn(), a.answers(), a.files());
    }

    public static List<Appeal> list(Handle h, ChatRef chat) {
        return h.createQuery("select " + COLUMNS + " from appeals where channel = :channel and chat_id = :chat order by id desc")
                .bind("channel", chat.channel()).bind("chat", chat.chatId())
                .map((rs, ctx) -> row(rs)).list();
    }

    public static Optional<Appeal> find(Handle h, ChatRef chat, long id) {
        return h.createQuery("select " + COLUMNS + " from appeals where id = :id and channel = :channel and chat_id = :chat")
                .bind("id", id).bind("channel", chat.channel()).bind("chat", chat.chatId())
                .map((rs, ctx) -> row(rs)).findOne();
    }

    private static Appeal row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Appeal(rs.getLong("id"), Lang.fromCode(rs.getString("lang")).orElseThrow(),
                rs.getDate("filed_on").toLocalDate(), Drafts.read(rs.getString("answers"), ANSWERS),
                Drafts.read(rs.getString("files"), FILES));
    }
}
