package kz.otinish.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The knowledge base's versions in PostgreSQL (tables {@code kb_versions}, {@code kb_published}, {@code kb_audit}): a
 * new database starts from {@code knowledge-base/}; admins save drafts and publish them; publishing validates the
 * whole corpus with every check the loader has, switches in one transaction and notifies every instance on channel
 * {@link #CHANNEL}; rolling back publishes an earlier version again.
 */
public final class KnowledgeVersions {
    /** The PostgreSQL notification channel a publication is announced on; its payload is the version's id. */
    public static final String CHANNEL = "otinish_kb";
    private static final ObjectMapper json = new ObjectMapper();

    /** One version: who saved it, when, why, and from which it was made. */
    public record Version(long id, Long parent, Instant createdAt, String author, String note) {}

    /** One publication or rollback. */
    public record Publication(Instant at, String admin, String action, long versionId) {}

    /** Publishing refused: what the loader found, file:line and all. */
    public static final class Refused extends RuntimeException {
        private final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.size() + " problem(s) in the knowledge base", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final Jdbi jdbi;

    public KnowledgeVersions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The version in service, made from {@code knowledgeBase} on a database that has none yet (then published by
     * "knowledge-base/"). Two instances starting together on a new database publish one version between them.
     */
    public long publishedOrImport(Path knowledgeBase) {
        Optional<Long> published = published();
        if (published.isPresent()) return published.get();
        CorpusFiles files = CorpusFiles.read(knowledgeBase);
        return jdbi.inTransaction(h -> {
            h.execute("lock table kb_published in exclusive mode");
            Optional<Long> meanwhile = published(h);
            if (meanwhile.isPresent()) return meanwhile.get();
            long id = insert(h, files, null, "knowledge-base/", "started");
            publish(h, id, "knowledge-base/", "publish");
            return id;
        });
    }

    public Optional<Long> published() {
        return jdbi.withHandle(KnowledgeVersions::published);
    }

    private static Optional<Long> published(Handle h) {
        return h.createQuery("select version_id from kb_published").mapTo(Long.class).findOne();
    }

    /** The newest version saved after the published one: the draft admins are working on, if any. */
    public Optional<Version> draft() {
        return jdbi.withHandle(h -> h.createQuery("""
                select id, parent, created_at, author, note from kb_versions
                where id > (select version_id from kb_published) order by id desc limit 1""")
                .map((rs, ctx) -> version(rs)).findOne());
    }

    public CorpusFiles files(long id) {
        String text = jdbi.withHandle(h -> h.createQuery("select files::text from kb_versions where id = :id")
                .bind("id", id).mapTo(String.class).one());
        try {
            return new CorpusFiles(json.readValue(text, new TypeReference<TreeMap<String, String>>() {}));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String digest(long id) {
        return jdbi.withHandle(h -> h.createQuery("select digest from kb_versions where id = :id").bind("id", id).mapTo(String.class).one());
    }

    /** Saves {@code files} as a new version (a draft until published) and returns its id. */
    public long save(CorpusFiles files, Long parent, String author, String note) {
        return jdbi.inTransaction(h -> insert(h, files, parent, author, note));
    }

    /**
     * Publishes version {@code id} after checking it as the bot would load it; {@link Refused} with the problems
     * otherwise (then nothing changed). {@code rollback}: an earlier version published again.
     */
    public void publish(long id, String admin, boolean rollback) {
        List<Problem> problems = check(files(id));
        if (!problems.isEmpty()) throw new Refused(problems);
        jdbi.useTransaction(h -> publish(h, id, admin, rollback ? "rollback" : "publish"));
    }

    /** What the loader finds wrong with {@code files}; empty when they would load. */
    public static List<Problem> check(CorpusFiles files) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("otinish-kb-check");
            files.write(dir);
            return KnowledgeBase.load(dir).problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) delete(dir);
        }
    }

    /** The newest versions first, at most {@code limit}. */
    public List<Version> history(int limit) {
        return jdbi.withHandle(h -> h.createQuery("select id, parent, created_at, author, note from kb_versions order by id desc limit :limit")
                .bind("limit", limit).map((rs, ctx) -> version(rs)).list());
    }

    public List<Publication> publications(int limit) {
        return jdbi.withHandle(h -> h.createQuery("select at, admin, action, version_id from kb_audit order by id desc limit :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new Publication(rs.getTimestamp("at").toInstant(), rs.getString("admin"), rs.getString("action"),
                        rs.getLong("version_id")))
                .list());
    }

    /** Writes version {@code id} into a new temporary folder, for the loaders; the caller deletes it with {@link #delete}. */
    public Path materialize(long id) {
        try {
            Path dir = Files.createTempDirectory("otinish-kb-" + id + "-");
            files(id).write(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder {@link #materialize} made; what cannot be removed is left to the temp folder's cleaning. */
    public static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left behind
        }
    }

    private static long insert(Handle h, CorpusFiles files, Long parent, String author, String note) {
        try {
            return h.createUpdate("""
                    insert into kb_versions (parent, author, note, digest, files)
                    values (:parent, :author, :note, :digest, cast(:files as jsonb))""")
                    .bind("parent", parent).bind("author", author).bind("note", note).bind("digest", files.digest())
                    .bind("files", json.writeValueAsString(files.files()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void publish(Handle h, long id, String admin, String action) {
        h.createUpdate("""
                insert into kb_published (version_id, published_by) values (:id, :admin)
                on conflict (only_row) do update set version_id = excluded.version_id, published_at = now(), published_by = excluded.published_by""")
                .bind("id", id).bind("admin", admin).execute();
        h.createUpdate("insert into kb_audit (admin, action, version_id) values (:admin, :action, :id)")
                .bind("admin", admin).bind("action", action).bind("id", id).execute();
        h.execute("notify " + CHANNEL + ", '" + id + "'"); // delivered at commit, to every instance listening
    }

    private static Version version(java.sql.ResultSet rs) throws java.sql.SQLException {
        long parentId = rs.getLong("parent");
        Long parent = rs.wasNull() ? null : parentId;
        return new Version(rs.getLong("id"), parent, rs.getTimestamp("created_at").toInstant(),
                rs.getString("author"), rs.getString("note"));
    }
}
