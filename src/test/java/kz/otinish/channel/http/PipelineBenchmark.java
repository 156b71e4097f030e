package kz.otinish.channel.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import kz.otinish.Assistant;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.storage.Database;
import kz.otinish.storage.EmbeddedPostgres;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The whole update pipeline against PostgreSQL's own commit rate, measured in the same run on the same server (issue 16):
 * N chats at once post through the real HTTP chat API (JSON, dialog, one transaction, replies), while the reference is
 * the same number of JDBC clients running pgbench's shape (BEGIN; SELECT; 2 INSERTs; COMMIT) on the bot's own pool.
 * Not part of the suite (surefire excludes *Benchmark); run it with
 * {@code mvn -B test -Dtest=PipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dbench.seconds=20}).
 */
class PipelineBenchmark {
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final String TOKEN = "benchmark-chat-token";
    private static final List<String> QUESTIONS = List.of("как отозвать обращение", "өтініш қанша күнде қаралады",
            "какие документы приложить к жалобе", "какая погода завтра", "спасибо");

    record Result(int clients, double perSecond, double p50, double p99) {
        @Override
        public String toString() {
            return String.format("%2d clients: %7.0f /s   p50 %6.2f ms   p99 %6.2f ms", clients, perSecond, p50, p99);
        }
    }

    @Test
    void theBotAgainstPostgresOwnCommitRate() throws Exception {
        Path dir = Files.createTempDirectory("otinish-bench");
        EmbeddedPostgres pg = EmbeddedPostgres.start(dir, true); // durable, as in production
        try (Database db = Database.onServer(pg, "postgres");
             Assistant assistant = Assistant.start(ContentRoot.at(Path.of(".")), db);
             WebServer web = new WebServer()) {
            HttpChat.mount(web, assistant.dialog()::handle, db.jdbi(), TOKEN);
            web.start("127.0.0.1", 0);
            db.jdbi().useHandle(h -> h.execute("create table bench_reference (id bigserial primary key, chat text, at timestamptz default now())"));
            System.out.printf("Pipeline benchmark, %d s per run, %d cores%n", SECONDS, Runtime.getRuntime().availableProcessors());
            for (int clients : List.of(1, 32)) {
                Result reference = reference(db, clients);
                Result bot = bot(web.port(), clients);
                System.out.printf("  PostgreSQL alone %s%n  the bot          %s%n  ratio %.0f %% of the commit rate, p99 %.1f×, p50 %.1f×%n",
                        reference, bot, 100 * bot.perSecond() / reference.perSecond(), bot.p99() / reference.p99(), bot.p50() / reference.p50());
            }
        } finally {
            pg.close();
            TestDatabase.deleteTree(dir);
        }
    }

    /** pgbench's shape on the bot's pool: read a row, write two, commit. */
    private static Result reference(Database db, int clients) throws Exception {
        return run(clients, c -> db.jdbi().useTransaction(h -> {
            h.createQuery("select count(*) from users where channel = 'bench' and chat_id = :c").bind("c", c).mapTo(Integer.class).one();
            h.createUpdate("insert into bench_reference (chat) values (:c)").bind("c", c).execute();
            h.createUpdate("insert into bench_reference (chat) values (:c)").bind("c", c).execute();
        }));
    }

    private static Result bot(int port, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        AtomicLong ids = new AtomicLong();
        URI chat = URI.create("http://127.0.0.1:" + port + "/chat");
        for (int c = 0; c < clients; c++) post(http, chat, "c" + c, "/start ru", ids.incrementAndGet());
        return run(clients, c -> {
            long id = ids.incrementAndGet();
            post(http, chat, c, QUESTIONS.get((int) (id % QUESTIONS.size())), id);
        });
    }

    private static void post(HttpClient http, URI chat, String chatId, String text, long messageId) {
        try {
            var response = http.send(HttpRequest.newBuilder(chat).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"chatId\":\"" + chatId + "\",\"text\":\"" + text
                            + "\",\"messageId\":\"" + messageId + "\"}")).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) throw new IllegalStateException("the chat API answered " + response.statusCode());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    interface Work {
        void once(String client) throws Exception;
    }

    /** {@code clients} loops doing {@code work} back to back: a warm-up second, then {@link #SECONDS} measured. */
    private static Result run(int clients, Work work) throws Exception {
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
