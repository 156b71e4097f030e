package kz.otinish.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The one PostgreSQL database that holds all state. {@code DATABASE_URL} (postgres://user:pass@host:port/db
 * or a jdbc:postgresql: URL with {@code DATABASE_USER}/{@code DATABASE_PASSWORD}) points at a server;
 * without it an embedded server keeps its data in {@code OTINISH_DATA_DIR} (default ./data).
 * The schema comes from the Flyway migrations in db/migration.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final EmbeddedPostgres embedded;
    /** The bot's hold on its data folder, released at close. */
    private Exclusive held;

    private Database(HikariDataSource pool, EmbeddedPostgres embedded) {
        this(pool, embedded, CodeVersion.ofThisJar());
    }

    /** {@code code}: the running code's version, when the schema check may be skipped for it (see {@link #migrate}). */
    Database(HikariDataSource pool, EmbeddedPostgres embedded, Optional<String> code) {
        this.pool = pool;
        this.embedded = embedded;
        this.jdbi = Jdbi.create(pool).installPlugin(new PostgresPlugin());
        try {
            migrate(code);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Flyway brings the schema up to date, after checking every applied migration against the code's: most of the
     * database's part of a start (~0.7 s of 1.2 on two cores). Code that found the schema up to date stamps it, and
     * the same code skips the check at its next start; other code (a new release, a rollback) checks and stamps.
     */
    private void migrate(Optional<String> code) {
        if (code.isPresent() && stamped(code.get())) return;
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        code.ifPresent(version -> jdbi.useHandle(h -> h.createUpdate(
                "insert into schema_stamp (code_version) values (:version) on conflict do nothing").bind("version", version).execute()));
    }

    private boolean stamped(String version) {
        return jdbi.withHandle(h -> h.createQuery("select to_regclass('schema_stamp') is not null").mapTo(Boolean.class).one()
                && h.createQuery("select exists (select 1 from schema_stamp where code_version = :version)")
                        .bind("version", version).mapTo(Boolean.class).one());
    }

    public static Database fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, false);
    }

    /**
     * As {@link #fromEnvironment(Map)}; {@code bot}: for the bot itself, which must be alone on an embedded data folder
     * ({@link Exclusive.Refused} otherwise), where a report may share it.
     */
    public static Database fromEnvironment(Map<String, String> env, boolean bot) {
        String url = env.get("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return connect(url, env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"));
        }
        Path dataDir = dataFolder(env);
        Exclusive alone = bot ? Exclusive.dataFolder(dataDir) : null;
        try {
            Database db = embedded(dataDir, true);
            db.held = alone;
            return db;
        } catch (RuntimeException e) {
            if (alone != null) alone.close();
            throw e;
        }
    }

    /** The bot's data folder: {@code OTINISH_DATA_DIR}, by default ./data (the embedded server's data, caches). */
    public static Path dataFolder(Map<String, String> env) {
        String dir = env.getOrDefault("OTINISH_DATA_DIR", "data");
        return Path.of(dir.isBlank() ? "data" : dir);
    }

    /** An embedded server on {@code dataDir}; {@code durable=false} trades crash safety for speed (tests). */
    public static Database embedded(Path dataDir, boolean durable) {
        EmbeddedPostgres pg = EmbeddedPostgres.start(dataDir, durable);
        try {
            return new Database(pool(pg.jdbcUrl("postgres"), pg.user(), ""), pg);
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    public static Database connect(String url, String user, String password) {
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            URI uri = URI.create(url);
            String userInfo = uri.getUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                user = colon < 0 ? userInfo : userInfo.substring(0, colon);
                password = colon < 0 ? password : userInfo.substring(colon + 1);
            }
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            url = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath()
                    + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
        }
        return new Database(pool(url, user, password), null);
    }

    /** A database on an already running server (tests give each suite its own database). */
    public static Database onServer(EmbeddedPostgres pg, String database) {
        return new Database(pool(pg.jdbcUrl(database), pg.user(), ""), null);
    }

    static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) config.setUsername(user);
        if (password != null) config.setPassword(password);
        config.setMaximumPoolSize(8);
        // A person is waiting: past 5 s the event is given back to the messenger to deliver again, not held.
        config.setConnectionTimeout(5_000);
        config.setPoolName("otinish");
        return new HikariDataSource(config);
    }

    /** Lets the pool report its connections (active, idle, pending, timeouts) to {@code registry}. */
    public void reportTo(io.micrometer.core.instrument.MeterRegistry registry) {
        pool.setMetricRegistry(registry);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** For /health: can a query be run right now? */
    public boolean isReachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) embedded.close();
        if (held != null) held.close();
    }
}
