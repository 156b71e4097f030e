package kz.otinish.channel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.otinish.Assistant;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.EmbeddedPostgres;
import kz.otinish.storage.TestDatabase;

/**
 * What the pipeline benchmarks share: N clients doing one piece of work back to back for a measured time, and the
 * reference they are compared with, pgbench's shape (BEGIN; SELECT; 2 INSERTs; COMMIT) on the bot's own pool.
 */
public final class BenchmarkLoop {
    public static final int SECONDS = Integer.getInteger("bench.seconds", 10);

    private static final List<String> QUESTIONS = List.of("как отозвать обращение", "өтініш қанша күнде қаралады",
            "какие документы приложить к жалобе", "какая погода завтра", "спасибо");

    private BenchmarkLoop() {}

    /** A question the FAQ's cache has not seen (a number after it): each message is a full update, search included. */
    public static String question(long id) {
        return QUESTIONS.get((int) (id % QUESTIONS.size())) + " " + id;
    }

    public record Result(int clients, double perSecond, double p50, double p99) {
        @Override
        public String toString() {
            return String.format("%2d clients: %7.0f /s   p50 %6.2f ms   p99 %6.2f ms", clients, perSecond, p50, p99);
        }

        /** This result beside {@code reference}'s, as the benchmarks print them. */
        public String against(Result reference) {
            return String.format("  PostgreSQL alone %s%n  the bot          %s%n  ratio %.0f %% of the commit rate, p99 %.1f×, p50 %.1f×",
                    reference, this, 100 * perSecond / reference.perSecond, p99 / reference.p99, p50 / reference.p50);
        }
    }

    public interface Work {
        void once(String client) throws Exception;
    }

    /** The bot on a durable embedded PostgreSQL of its own, as in production, with the reference's table made. */
    public record Bot(Path dir, EmbeddedPostgres pg, Database db, Assistant assistant) implements AutoCloseable {
        public static Bot start() throws IOException {
            Path dir = Files.createTempDirectory("otinish-bench");
            EmbeddedPostgres pg = EmbeddedPostgres.start(dir, true);
            Database db = Database.onServer(pg, "postgres");
            db.jdbi().useHandle(h -> h.execute("create table bench_reference (id bigserial primary key, chat text, at timestamptz default now())"));
            return new Bot(dir, pg, db, Assistant.start(ContentRoot.at(Path.of(".")), db));
        }

        @Override
        public void close() {
            assistant.close();
            db.close();
            pg.close();
            TestDatabase.deleteTree(dir);
        }
    }

    /** pgbench's shape on the bot's pool: read a row, write two, commit. */
    public static Result reference(Database db, int clients) throws Exception {
        return run(clients, c -> db.jdbi().useTransaction(h -> {
            h.createQuery("select count(*) from users where channel = 'bench' and chat_id = :c").bind("c", c).mapTo(Integer.class).one();
            h.createUpdate("insert into bench_reference (chat) values (:c)").bind("c", c).execute();
            h.createUpdate("insert into bench_reference (chat) values (:c)").bind("c", c).execute();
        }));
    }

    /** {@code clients} loops ("c0", "c1", …) doing {@code work} back to back: a warm-up second, then {@link #SECONDS} measured. */
    public static Result run(int clients, Work work) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long warmEnd = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        long end = warmEnd + Duration.ofSeconds(SECONDS).toNanos();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                String client = "c" + c;
                threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        work.once(client);
                        if (t0 >= warmEnd) latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                });
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(clients, sorted.size() / (double) SECONDS, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }
}
