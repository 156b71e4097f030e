package kz.otinish.admin;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What admins read to keep the FAQ current without a programmer: the questions the bot could not answer, most
 * asked first, and how much the bot is used. Read straight from the tables the dialog writes.
 */
public final class AdminReport {
    /** One question as people asked it (case and spacing aside), how often, by how many people, and when last. */
    public record Unanswered(String question, String lang, int times, int people, Instant lastAsked) {}

    /**
     * Counts over the last {@code days}: who talked to the bot, how many messages, appeals and unanswered questions,
     * and the ten FAQ topics shown most.
     */
    public record Usage(int days, int users, int newUsers, int activeUsers, int messages, int appeals, int unanswered,
                        List<LangCount> usersByLang, List<TopicCount> topics, List<Parked> parked) {}

    /** Events that failed every attempt for a reason of their own (a bug to fix): how often, of what kind, and where. */
    public record Parked(String reason, String channel, String kind, int times, Instant last) {}

    /** How often an FAQ topic was shown over the period, in each language. */
    public record TopicCount(String entryId, int kk, int ru) {}

    public record LangCount(String lang, int users) {}

    /** How an entry's answers were rated over a period. */
    public record Rating(String entryId, int helped, int notHelped) {}

    /** A question whose answer got 👎, as the person typed it (masked). */
    public record Disliked(String entryId, String lang, String question, Instant at) {}

    /**
     * One day's figures: new users, messages from messengers (their record is kept 14 days), appeals written, places
     * looked up in the akimat finder, and per
     * language the FAQ answers shown and the questions left unanswered (their ratio is the answered share).
     */
    public record Day(java.time.LocalDate day, int newUsers, int messages, int appeals, int akimatSearches, int shownKk,
                      int unansweredKk, int shownRu, int unansweredRu) {
        /** The share of questions answered in {@code lang} that day, 0–100, or -1 when none was asked. */
        public int answeredPercent(String lang) {
            int shown = lang.equals("kk") ? shownKk : shownRu, missed = lang.equals("kk") ? unansweredKk : unansweredRu;
            return shown + missed == 0 ? -1 : Math.round(100f * shown / (shown + missed));
        }
    }

    /** Every day of the last {@code days} (in Kazakhstan's time), oldest first, days without anything included. */
    public List<Day> daily(int days) {
        return jdbi.withHandle(h -> h.createQuery("""
                with days as (
                    select d::date as day
                    from generate_series((now() at time zone 'Asia/Almaty')::date - (:days - 1),
                                         (now() at time zone 'Asia/Almaty')::date, interval '1 day') as d)
                select day,
                       (select count(*) from users where (first_seen at time zone 'Asia/Almaty')::date = day) as new_users,
                       (select count(*) from processed_deliveries where (processed_at at time zone 'Asia/Almaty')::date = day) as messages,
                       (select count(*) from appeals where (created_at at time zone 'Asia/Almaty')::date = day) as appeals,
                       (select coalesce(sum(times), 0) from akimat_searches a where a.day = days.day) as akimat,
                       (select coalesce(sum(times), 0) from topic_counts t where t.day = days.day and lang = 'kk') as shown_kk,
                       (select count(*) from unanswered_questions u
                        where (asked_at at time zone 'Asia/Almaty')::date = days.day and lang = 'kk') as unanswered_kk,
                       (select coalesce(sum(times), 0) from topic_counts t where t.day = days.day and lang = 'ru') as shown_ru,
                       (select count(*) from unanswered_questions u
                        where (asked_at at time zone 'Asia/Almaty')::date = days.day and lang = 'ru') as unanswered_ru
                from days order by day""")
                .bind("days", days)
                .map((rs, ctx) -> new Day(rs.getDate("day").toLocalDate(), rs.getInt("new_users"), rs.getInt("messages"),
                        rs.getInt("appeals"), rs.getInt("akimat"), rs.getInt("shown_kk"), rs.getInt("unanswered_kk"), rs.getInt("shown_ru"),
                        rs.getInt("unanswered_ru")))
                .list());
    }

    /** The entries rated over the last {@code days}, those with the most 👎 first. */
    public List<Rating> ratings(int days) {
        return jdbi.withHandle(h -> h.createQuery("""
                select entry_id, count(*) filter (where vote = 1) as up, count(*) filter (where vote = -1) as down
                from answer_feedback where at >= now() - make_interval(days => :days)
                group by entry_id order by down desc, up desc, entry_id""")
                .bind("days", days)
                .map((rs, ctx) -> new Rating(rs.getString("entry_id"), rs.getInt("up"), rs.getInt("down"))).list());
    }

    /** The newest questions whose answers got 👎, at most {@code limit}. */
    public List<Disliked> disliked(int days, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                select entry_id, lang, question, at from answer_feedback
                where vote = -1 and question is not null and at >= now() - make_interval(days => :days)
                order by at desc limit :limit""")
                .bind("days", days).bind("limit", limit)
                .map((rs, ctx) -> new Disliked(rs.getString("entry_id"), rs.getString("lang"), rs.getString("question"),
                        rs.getTimestamp("at").toInstant())).list());
    }

    private final Jdbi jdbi;

    public AdminReport(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Unanswered> unanswered(int days, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                select lower(regexp_replace(btrim(question), '\\s+', ' ', 'g')) as question, lang,
                       count(*) as times, count(distinct (channel, chat_id)) as people, max(asked_at) as last_asked
                from unanswered_questions
                where asked_at >= now() - make_interval(days => :days)
                group by 1, 2
                order by times desc, last_asked desc
                limit :limit""")
                .bind("days", days).bind("limit", limit)
                .map((rs, ctx) -> new Unanswered(rs.getString("question"), rs.getString("lang"), rs.getInt("times"),
                        rs.getInt("people"), rs.getTimestamp("last_asked").toInstant()))
                .list());
    }

    public Usage usage(int days) {
        return jdbi.withHandle(h -> {
            List<LangCount> byLang = h.createQuery("""
                    select coalesce(lang, '-') as lang, count(*) as users from users group by 1 order by 2 desc""")
                    .map((rs, ctx) -> new LangCount(rs.getString("lang"), rs.getInt("users")))
                    .list();
            List<TopicCount> topics = h.createQuery("""
                    select entry_id, sum(times) filter (where lang = 'kk') as kk, sum(times) filter (where lang = 'ru') as ru
                    from topic_counts
                    where day > current_date - :days
                    group by entry_id
                    order by sum(times) desc, entry_id
                    limit 10""")
                    .bind("days", days)
                    .map((rs, ctx) -> new TopicCount(rs.getString("entry_id"), rs.getInt("kk"), rs.getInt("ru")))
                    .list();
            List<Parked> parked = h.createQuery("""
                    select reason, channel, kind, count(*) as times, max(parked_at) as last from parked_events
                    where parked_at >= now() - make_interval(days => :days)
                    group by 1, 2, 3
                    order by times desc, last desc
                    limit 10""")
                    .bind("days", days)
                    .map((rs, ctx) -> new Parked(rs.getString("reason"), rs.getString("channel"), rs.getString("kind"),
                            rs.getInt("times"), rs.getTimestamp("last").toInstant()))
                    .list();
            return h.createQuery("""
                    select (select count(*) from users) as users,
                           (select count(*) from users where first_seen >= now() - make_interval(days => :days)) as new_users,
                           (select count(*) from conversations where updated_at >= now() - make_interval(days => :days)) as active_users,
                           (select count(*) from processed_deliveries where processed_at >= now() - make_interval(days => :days)) as messages,
                           (select count(*) from appeals where created_at >= now() - make_interval(days => :days)) as appeals,
                           (select count(*) from unanswered_questions where asked_at >= now() - make_interval(days => :days)) as unanswered""")
                    .bind("days", days)
                    .map((rs, ctx) -> new Usage(days, rs.getInt("users"), rs.getInt("new_users"), rs.getInt("active_users"),
                            rs.getInt("messages"), rs.getInt("appeals"), rs.getInt("unanswered"), byLang, topics, parked))
                    .one();
        });
    }
}
