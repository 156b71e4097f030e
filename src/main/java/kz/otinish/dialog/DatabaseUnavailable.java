package kz.otinish.dialog;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * An event could not be handled because PostgreSQL could not be reached (stopped, frozen past the pool's timeout,
 * restarting): thrown instead of an apology, so that no channel confirms the update as handled and the messenger
 * delivers it again once the database is back. A failure of the update's own is still answered with an apology.
 */
public final class DatabaseUnavailable extends RuntimeException {
    private final transient Reply notice;

    public DatabaseUnavailable(Throwable cause, Reply notice) {
        super("the database cannot be reached: " + cause.getClass().getSimpleName(), null, false, false);
        this.notice = notice;
    }

    /**
     * What a channel that can still send tells the user, once per outage: not answered yet, and will be, with no need
     * to write again (both languages: the user's own is in the database).
     */
    public Reply notice() {
        return notice;
    }

    private static final java.util.Set<String> CLASSES = java.util.Set.of("08", "53", "57", "58");

    /** Whether {@code e}, or anything it wraps, says the database is out of reach rather than the statement wrong. */
    public static boolean causes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) return true;
            // SQLSTATE classes 08 connection exception, 53 insufficient resources (disk full, too many connections),
            // 57 operator intervention (shutting down, restarting), 58 system error: the server's state, not the event's.
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }
}
