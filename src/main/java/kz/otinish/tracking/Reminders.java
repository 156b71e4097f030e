package kz.otinish.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.otinish.Html;
import kz.otinish.Lang;
import kz.otinish.appeal.PastDate;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.Reply;
import kz.otinish.dialog.Texts;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deadline reminders for the appeals users follow: two working days before the answer is due, and the day after it
 * passed (with how to complain about the missed term). Each is written to the outbox — where every message to a
 * messenger waits until the messenger takes it — in the same transaction that marks it sent, on rows claimed with
 * {@code FOR UPDATE SKIP LOCKED}: once, across restarts and with several bot processes on one database. None between
 * 21:00 and 09:00 in Almaty: they wait for the morning. Only for messengers that can be written to first (Telegram,
 * Aitu), and only for appeals whose reminders are on and that still await an answer.
 */
public final class Reminders implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final int QUIET_FROM = 21, QUIET_UNTIL = 9, DAYS_BEFORE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ScheduledExecutorService timer;

    private Reminders(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Looks for reminders due every ten minutes, for chats on {@code channels}. */
    public static Reminders every10Minutes(Jdbi jdbi, Texts texts, WorkCalendar calendar, Set<String> channels, Clock clock) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reminders");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                int n = send(jdbi, texts, calendar, channels, ZonedDateTime.now(clock));
                if (n > 0) log.info("Reminders queued: {}", n);
            } catch (RuntimeException e) {
                log.warn("Reminders failed, retried in ten minutes: {}", e.getClass().getName());
            }
        }, 1, 10, TimeUnit.MINUTES);
        return new Reminders(timer);
    }

    private record Due(long id, String channel, String chatId, String subject, String number, LocalDate dueOn,
                       boolean remindedBefore, boolean remindedLate, Lang lang) {}

    /** Queues the reminders due at {@code now}; returns how many. */
    public static int send(Jdbi jdbi, Texts texts, WorkCalendar calendar, Set<String> channels, ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(ALMATY);
        if (local.getHour() >= QUIET_FROM || local.getHour() < QUIET_UNTIL || channels.isEmpty()) return 0;
        LocalDate today = local.toLocalDate();
        return jdbi.inTransaction(h -> {
            List<Due> candidates = h.createQuery("""
                    select t.id, t.channel, t.chat_id, t.subject, t.number, t.due_on, t.reminded_before, t.reminded_late, u.lang
                    from tracked_appeals t join users u on u.channel = t.channel and u.chat_id = t.chat_id
                    where t.reminders and t.due_on is not null and not t.reminded_late and t.channel in (<channels>)
                      and t.status in ('registered', 'in_progress', 'extended', 'forwarded')
                    for update of t skip locked""")
                    .bindList("channels", List.copyOf(channels))
                    .map((rs, ctx) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getDate(6).toLocalDate(), rs.getBoolean(7), rs.getBoolean(8), Lang.fromCode(rs.getString(9)).orElse(Lang.KK)))
                    .list();
            int queued = askNumbersAgain(h, texts, channels, today);
            for (Due d : candidates) {
                int left = calendar.workingDaysLeft(today, d.dueOn());
                if (today.isAfter(d.dueOn())) {
                    queue(h, d, late(texts, d));
                    h.createUpdate("update tracked_appeals set reminded_before = true, reminded_late = true where id = :id").bind("id", d.id()).execute();
                    queued++;
                } else if (!d.remindedBefore() && left <= DAYS_BEFORE) {
                    queue(h, d, before(texts, d, left));
                    h.createUpdate("update tracked_appeals set reminded_before = true where id = :id").bind("id", d.id()).execute();
                    queued++;
                }
            }
            return queued;
        });
    }

    /**
     * An appeal written in the bot and still "not submitted" a day later is asked about once more: has it been
     * submitted, and under which number? (It was asked right after confirming.)
     */
    private static int askNumbersAgain(Handle h, Texts texts, Set<String> channels, LocalDate today) {
        record Unsubmitted(long id, String channel, String chatId, String subject, Lang lang) {}
        List<Unsubmitted> rows = h.createQuery("""
                select t.id, t.channel, t.chat_id, t.subject, u.lang
                from tracked_appeals t join users u on u.channel = t.channel and u.chat_id = t.chat_id
                where t.status = 'not_submitted' and t.appeal_id is not null and not t.number_asked and t.reminders
                  and t.created_on < :today and t.channel in (<channels>)
                for update of t skip locked""")
                .bind("today", java.sql.Date.valueOf(today)).bindList("channels", List.copyOf(channels))
                .map((rs, ctx) -> new Unsubmitted(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Lang.fromCode(rs.getString(5)).orElse(Lang.KK)))
                .list();
        for (Unsubmitted u : rows) {
            Reply ask = Reply.withButtons(texts.get(u.lang(), "tracking.remind.number", "subject", Html.escape(u.subject() == null ? "—" : u.subject())),
                    List.of(List.of(new Button(texts.get(u.lang(), "appeal.submitted_button"), TrackingFlow.NAME + ":register:" + u.id()))));
            queue(h, u.channel(), u.chatId(), ask);
            h.createUpdate("update tracked_appeals set number_asked = true where id = :id").bind("id", u.id()).execute();
        }
        return rows.size();
    }

    private static Reply before(Texts texts, Due d, int left) {
        return Reply.withButtons(texts.get(d.lang(), "tracking.remind.before", "subject", Html.escape(subject(d)),
                "date", d.dueOn().format(PastDate.SHOWN), "days", left), List.of(List.of(open(texts, d))));
    }

    private static Reply late(Texts texts, Due d) {
        return Reply.withButtons(texts.get(d.lang(), "tracking.remind.late", "subject", Html.escape(subject(d)),
                "date", d.dueOn().format(PastDate.SHOWN)) + "\n\n" + texts.get(d.lang(), "tracking.next.late"),
                List.of(List.of(open(texts, d)),
                        List.of(new Button(texts.get(d.lang(), "tracking.complain_late"), TrackingFlow.NAME + ":complain:" + d.id()))));
    }

    private static Button open(Texts texts, Due d) {
        return new Button(texts.get(d.lang(), "tracking.remind.open"), TrackingFlow.NAME + ":show:" + d.id());
    }

    private static String subject(Due d) {
        return d.subject() == null ? (d.number() == null ? "—" : d.number()) : d.subject();
    }

    private static void queue(Handle h, Due d, Reply reply) {
        queue(h, d.channel(), d.chatId(), reply);
    }

    /** A message to a chat that nobody's event produced, written to the outbox in {@code h}'s transaction. */
    static void queue(Handle h, String channel, String chatId, Reply reply) {
        try {
            h.createUpdate("insert into outbox (channel, chat_id, reply) values (:channel, :chat, cast(:reply as jsonb))")
                    .bind("channel", channel).bind("chat", chatId).bind("reply", JSON.writeValueAsString(reply)).execute();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
