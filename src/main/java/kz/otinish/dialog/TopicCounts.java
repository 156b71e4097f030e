package kz.otinish.dialog;

import kz.otinish.Lang;
import org.jdbi.v3.core.Handle;

/** Each FAQ topic shown, counted per day and language and never per person: the admins' "what do people ask". */
final class TopicCounts {
    private TopicCounts() {}

    /** A place typed into the akimat finder, found or not: the finder's use, for the console's daily figures. */
    static void akimatSearched(Handle h, Lang lang, boolean found) {
        h.createUpdate("""
                insert into akimat_searches (day, lang, found, times)
                values ((now() at time zone 'Asia/Almaty')::date, :lang, :found, 1)
                on conflict (day, lang, found) do update set times = akimat_searches.times + 1""")
                .bind("lang", lang.code()).bind("found", found)
                .execute();
    }

    /**
     * The topics an event showed ({@code :entries}, each shown {@code :times}, in {@code :lang}), counted on Kazakhstan's
     * day whatever the server's time zone, as the console's daily figures are: a {@code with} clause that goes before
     * the statement saving the conversation, so that counting costs no round trip of its own.
     */
    static final String COUNTED_WITH = """
            with shown as (
                insert into topic_counts (entry_id, lang, day, times)
                select entry, :lang, (now() at time zone 'Asia/Almaty')::date, times
                from unnest(cast(:entries as text[]), cast(:times as integer[])) as t (entry, times)
                on conflict (entry_id, lang, day) do update set times = topic_counts.times + excluded.times)
            """;
}
