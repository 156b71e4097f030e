package kz.otinish.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * The schema check is skipped only for the code that found the schema up to date before: a migration changed since
 * it was applied (here, its recorded checksum) goes unnoticed by that code, and any other code checks and refuses it.
 */
class SchemaStampTest {

    private static Database start(String url, Optional<String> code) {
        return new Database(Database.pool(url, TestDatabase.user(), TestDatabase.password()), null, code);
    }

    @Test
    void theSameCodeSkipsTheCheckAndAnyOtherCodeMakesIt() {
        String url = TestDatabase.freshUrl();
        try (Database db = start(url, Optional.of("v1"))) {
            assertEquals(List.of("v1"), db.jdbi().withHandle(h -> h.createQuery("select code_version from schema_stamp").mapTo(String.class).list()));
            db.jdbi().useHandle(h -> h.execute("update flyway_schema_history set checksum = checksum + 1 where version = '1'"));
        }
        try (Database db = start(url, Optional.of("v1"))) {
            assertEquals(true, db.isReachable());
        }
        assertThrows(FlywayException.class, () -> start(url, Optional.of("v2")).close());
        assertThrows(FlywayException.class, () -> start(url, Optional.empty()).close());
    }
}
