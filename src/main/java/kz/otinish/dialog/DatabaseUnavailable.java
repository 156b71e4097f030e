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
    DatabaseUnavailable(Throwable cause) {
        super("the database cannot be reached: " + cause.getClass().getSimpleName(), null, false, false);
    }

    /** Whether {@code e}, or anything it wraps, says the database is out of reach rather than the statement wrong. */
    static boolean causes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) return true;
            // SQLSTATE class 08: connection exception; 57P: the server shutting down or restarting.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }
}
