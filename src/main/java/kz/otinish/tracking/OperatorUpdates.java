package kz.otinish.tracking;

import java.time.LocalDate;
import java.util.List;
import kz.otinish.Html;
import kz.otinish.Lang;
import kz.otinish.appeal.PastDate;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.Reply;
import kz.otinish.dialog.Texts;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A state body's operators set an appeal's status by its registration number, without the citizen: every user who
 * follows that number gets the status in their history and, in the same transaction, a message in their language
 * through the outbox (Telegram and Aitu send it; elsewhere it is seen in "My appeals").
 */
public final class OperatorUpdates {
    private OperatorUpdates() {}

    /** One status report: the number, the status, the day it took effect, a new due date for a term extended. */
    public record Update(String number, Status status, LocalDate on, LocalDate newDue) {}

    /** Applies {@code u}; returns how many followers were told (0: nobody follows that number). */
    public static int apply(Jdbi jdbi, Texts texts, Update u) {
        return jdbi.inTransaction(h -> apply(h, texts, u));
    }

    static int apply(Handle h, Texts texts, Update u) {
        record Follower(long id, String channel, String chatId, String subject, Lang lang) {}
        List<Follower> followers = h.createQuery("""
                select t.id, t.channel, t.chat_id, t.subject, u.lang from tracked_appeals t
                join users u on u.channel = t.channel and u.chat_id = t.chat_id
                where upper(replace(t.number, ' ', '')) = upper(replace(:number, ' ', '')) for update of t""")
                .bind("number", u.number())
                .map((rs, ctx) -> new Follower(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Lang.fromCode(rs.getString(5)).orElse(Lang.KK)))
                .list();
        for (Follower f : followers) {
            TrackedAppeals.setStatus(h, f.id(), u.status(), u.on(), u.newDue());
            String text = texts.get(f.lang(), "tracking.operator", "number", Html.escape(u.number()),
                    "subject", Html.escape(f.subject() == null ? "—" : f.subject()),
                    "status", texts.get(f.lang(), "tracking.status." + u.status().code()), "date", u.on().format(PastDate.SHOWN));
            Reply reply = Reply.withButtons(text, List.of(List.of(new Button(texts.get(f.lang(), "tracking.remind.open"),
                    TrackingFlow.NAME + ":show:" + f.id()))));
            Reminders.queue(h, f.channel(), f.chatId(), reply);
        }
        return followers.size();
    }
}
