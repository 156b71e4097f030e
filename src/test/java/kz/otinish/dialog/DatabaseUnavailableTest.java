package kz.otinish.dialog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import kz.otinish.knowledge.ContentRoot;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** An event the database could not take is not "handled with an apology": it is given back to be delivered again. */
class DatabaseUnavailableTest {
    @Test
    void aDatabaseOutOfReachIsThrownNotApologisedForSoTheMessengerDeliversAgain() throws Exception {
        Jdbi away = Jdbi.create(() -> {
            throw new SQLTransientConnectionException("otinish - Connection is not available, request timed out after 5000ms");
        });
        Dialog dialog = new Dialog(away, Texts.load(ContentRoot.at(Path.of("."))), new AskFlow(() -> null), List.of());
        assertThrows(DatabaseUnavailable.class, () -> dialog.handle(Incoming.text(new ChatRef("telegram", "1"), "сәлем"), "42"));
    }

    @Test
    void theConnectionsFailuresAreToldFromTheStatementsOwn() {
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new SQLTransientConnectionException("timeout"))));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertTrue(DatabaseUnavailable.causes(new SQLException("terminating connection due to administrator command", "57P01")));
        assertFalse(DatabaseUnavailable.causes(new RuntimeException(new SQLException("value too long", "22001"))));
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("a bug")));
    }
}
