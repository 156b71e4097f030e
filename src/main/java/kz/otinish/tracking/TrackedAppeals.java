package kz.otinish.tracking;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.otinish.dialog.ChatRef;
import org.jdbi.v3.core.Handle;

/** The tables tracked_appeals and tracked_appeal_events, only ever read by their own chat. */
final class TrackedAppeals {
    /** One followed appeal; {@code appealId} is set for one written in the bot. */
    record Tracked(long id, Long appealId, String number, LocalDate registeredOn, String addressee, String subject,
                   Status status, LocalDate dueOn, boolean reminders, LocalDate createdOn) {}

    record Event(Status status, LocalDate onDate, LocalDate dueOn) {}

    private static final String COLUMNS = "id, appeal_id, number, registered_on, addressee, subject, status, due_on, reminders, created_on";

    private TrackedAppeals() {}

    /** Every appeal confirmed in the bot gets its row, 'not submitted yet', the first time the list is shown. */
    static void followOwn(Handle h, ChatRef chat) {
        h.createUpdate("""
                insert into tracked_appeals (channel, chat_id, appeal_id, addressee, subject, status, created_on)
                select a.channel, a.chat_id, a.id, a.answers->>'addressee', a.answers->>'subject', 'not_submitted', a.filed_on
                from appeals a
                where a.channel = :channel and a.chat_id = :chat
                  and not exists (select 1 from tracked_appeals t where t.appeal_id = a.id)""")
                .bind("channel", chat.channel()).bind("chat", chat.chatId()).execute();
    }

    /** Newest first: by registration date, or the day it was written or added. */
    static List<Tracked> list(Handle h, ChatRef chat) {
        return h.createQuery("select " + COLUMNS + " from tracked_appeals where channel = :channel and chat_id = :chat"
                        + " order by coalesce(registered_on, created_on) desc, id desc")
                .bind("channel", chat.channel()).bind("chat", chat.chatId())
                .map((rs, ctx) -> row(rs)).list();
    }

    static Optional<Tracked> find(Handle h, ChatRef chat, long id) {
        return h.createQuery("select " + COLUMNS + " from tracked_appeals where id = :id and channel = :channel and chat_id = :chat")
                .bind("id", id).bind("channel", chat.channel()).bind("chat", chat.chatId())
                .map((rs, ctx) -> row(rs)).findOne();
    }

    static Optional<Tracked> byAppeal(Handle h, ChatRef chat, long appealId) {
        return h.createQuery("select " + COLUMNS + " from tracked_appeals where appeal_id = :appeal and channel = :channel and chat_id = :chat")
                .bind("appeal", appealId).bind("channel", chat.channel()).bind("chat", chat.chatId())
                .map((rs, ctx) -> row(rs)).findOne();
    }

    /** The appeal with this registration number, spaces and case aside. */
    static Optional<Tracked> byNumber(Handle h, ChatRef chat, String number) {
        return h.createQuery("select " + COLUMNS + " from tracked_appeals where channel = :channel and chat_id = :chat"
                        + " and upper(replace(number, ' ', '')) = upper(replace(:number, ' ', '')) order by id desc limit 1")
                .bind("number", number).bind("channel", chat.channel()).bind("chat", chat.chatId())
                .map((rs, ctx) -> row(rs)).findOne();
    }

    /** An appeal filed elsewhere, registered on {@code registeredOn}. */
    static long add(Handle h, ChatRef chat, String number, LocalDate registeredOn, String addressee, String subject,
                    LocalDate dueOn, LocalDate today) {
        long id = h.createQuery("""
                insert into tracked_appeals (channel, chat_id, number, registered_on, addressee, subject, status, due_on, created_on)
                values (:channel, :chat, :number, :registered, :addressee, :subject, 'registered', :due, :today) returning id""")
                .bind("channel", chat.channel()).bind("chat", chat.chatId()).bind("number", number)
                .bind("registered", Date.valueOf(registeredOn)).bind("addressee", addressee).bind("subject", subject)
                .bind("due", Date.valueOf(dueOn)).bind("today", Date.valueOf(today))
                .mapTo(Long.class).one();
        event(h, id, Status.REGISTERED, registeredOn, dueOn);
        return id;
    }

    /** The registration the user read in e-Otinish: the appeal is registered from that day. */
    static void register(Handle h, long id, String number, LocalDate registeredOn, LocalDate dueOn) {
        h.createUpdate("update tracked_appeals set number = :number, registered_on = :registered, status = 'registered', due_on = :due,"
                        + " reminded_before = false, reminded_late = false where id = :id")
                .bind("number", number).bind("registered", Date.valueOf(registeredOn)).bind("due", Date.valueOf(dueOn)).bind("id", id).execute();
        event(h, id, Status.REGISTERED, registeredOn, dueOn);
    }

    /** A new status from {@code onDate}; {@code dueOn} replaces the due date when given (a term extended). */
    static void setStatus(Handle h, long id, Status status, LocalDate onDate, LocalDate dueOn) {
        // A new due date (a term extended) earns its own reminders.
        h.createUpdate("update tracked_appeals set status = :status, due_on = coalesce(:due, due_on),"
                        + " reminded_before = reminded_before and not :renewed, reminded_late = reminded_late and not :renewed where id = :id")
                .bind("status", status.code()).bind("due", dueOn == null ? null : Date.valueOf(dueOn)).bind("renewed", dueOn != null)
                .bind("id", id).execute();
        event(h, id, status, onDate, dueOn);
    }

    static void setReminders(Handle h, long id, boolean on) {
        h.createUpdate("update tracked_appeals set reminders = :on where id = :id").bind("on", on).bind("id", id).execute();
    }

    static List<Event> history(Handle h, long id) {
        return h.createQuery("select status, on_date, due_on from tracked_appeal_events where tracked_id = :id order by id")
                .bind("id", id)
                .map((rs, ctx) -> new Event(Status.fromCode(rs.getString("status")).orElseThrow(), rs.getDate("on_date").toLocalDate(), date(rs, "due_on")))
                .list();
    }

    private static void event(Handle h, long id, Status status, LocalDate onDate, LocalDate dueOn) {
        h.createUpdate("insert into tracked_appeal_events (tracked_id, status, on_date, due_on) values (:id, :status, :on, :due)")
                .bind("id", id).bind("status", status.code()).bind("on", Date.valueOf(onDate))
                .bind("due", dueOn == null ? null : Date.valueOf(dueOn)).execute();
    }

    private static Tracked row(ResultSet rs) throws SQLException {
        long appeal = rs.getLong("appeal_id");
        Long appealId = rs.wasNull() ? null : appeal; // read before the next column, which wasNull() would describe
        return new Tracked(rs.getLong("id"), appealId, rs.getString("number"), date(rs, "registered_on"),
                rs.getString("addressee"), rs.getString("subject"), Status.fromCode(rs.getString("status")).orElseThrow(),
                date(rs, "due_on"), rs.getBoolean("reminders"), rs.getDate("created_on").toLocalDate());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
