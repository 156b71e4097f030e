package kz.otinish.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded PostgreSQL for tests: one server per test JVM, a fresh database for every call,
 * so suites never see each other's rows. With {@code TEST_DATABASE_URL} (jdbc:postgresql://host:port/postgres) and
 * {@code TEST_DATABASE_USER} / {@code TEST_DATABASE_PASSWORD}, the fresh databases are made on that server instead:
 * the suite on a real PostgreSQL (tests of the embedded server itself keep starting their own).
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

    private static final String SERVER = System.getenv("TEST_DATABASE_URL");

    /** The user tests connect as: the real server's when one is named, else the embedded one's. */
    public static String user() {
        return SERVER != null && !SERVER.isBlank() ? System.getenv("TEST_DATABASE_USER") : server().user();
    }

    public static String password() {
        return SERVER != null && !SERVER.isBlank() ? System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "") : "";
    }

    /** On a real server, the databases this JVM made, dropped when it ends (the embedded cluster goes whole). */
    private static final java.util.List<String> made = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        if (SERVER != null && !SERVER.isBlank()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var c = java.sql.DriverManager.getConnection(SERVER, user(), password()); var s = c.createStatement()) {
                    for (String name : made) s.execute("drop database if exists " + name + " with (force)");
                } catch (java.sql.SQLException e) {
                    // left for the server's admin: test_<pid>_<n>
                }
            }));
        }
    }

    /** A new, empty, migrated database. */
    public static Database fresh() {
        return at(freshUrl());
    }

    /**
     * The database at {@code url} (one {@link #freshUrl} made), through a pool of its own: what a second bot process on
     * the same database has, and closes without closing the first one's.
     */
    public static Database at(String url) {
        return Database.connect(url, user(), password());
    }

    /** A new, empty database's JDBC address, for a bot started in a process of its own (it migrates it). */
    public static String freshUrl() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
        String admin = SERVER != null && !SERVER.isBlank() ? SERVER : server().jdbcUrl("postgres");
        made.add(name);
        try (var c = java.sql.DriverManager.getConnection(admin, user(), password());
             var s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    }
}
