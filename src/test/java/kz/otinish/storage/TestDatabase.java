package kz.otinish.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded PostgreSQL for tests: one server per test JVM, a fresh database for every call,
 * so suites never see each other's rows.
 */
public final class TestDatabase {
    private static final AtomicInteger counter = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {}

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                var dir = Files.createTempDirectory("otinish-test-pg");
                server = EmbeddedPostgres.start(dir, false);
                // A cluster is some 40 MB: stop the server and remove its folder when the test JVM ends.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    deleteTree(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** Removes a folder and everything in it, as far as it can: a leftover temp file is no test failure. */
    public static void deleteTree(java.nio.file.Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // nothing more to do at exit
        }
    }

    /** A new, empty, migrated database. */
    public static Database fresh() {
        EmbeddedPostgres pg = server();
        String name = "test_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
        try (var c = java.sql.DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), "");
             var s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return Database.onServer(pg, name);
    }
}
