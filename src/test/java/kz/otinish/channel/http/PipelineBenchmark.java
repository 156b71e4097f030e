package kz.otinish.channel.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import kz.otinish.channel.BenchmarkLoop;
import org.junit.jupiter.api.Test;

/**
 * The whole update pipeline against PostgreSQL's own commit rate, measured in the same run on the same server (issue 16):
 * N chats at once post through the real HTTP chat API (JSON, dialog, one transaction, replies; every question new to the
 * FAQ cache), while the reference is
 * the same number of JDBC clients running pgbench's shape (BEGIN; SELECT; 2 INSERTs; COMMIT) on the bot's own pool.
 * Not part of the suite (surefire excludes *Benchmark); run it with
 * {@code mvn -B test -Dtest=PipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dbench.seconds=20}).
 */
class PipelineBenchmark {
    private static final String TOKEN = "benchmark-chat-token";

    @Test
    void theBotAgainstPostgresOwnCommitRate() throws Exception {
        try (BenchmarkLoop.Bot bench = BenchmarkLoop.Bot.start(); WebServer web = new WebServer()) {
            HttpChat.mount(web, bench.assistant().dialog()::handle, bench.db().jdbi(), TOKEN);
            web.start("127.0.0.1", 0);
            System.out.printf("Pipeline benchmark, %d s per run, %d cores%n", BenchmarkLoop.SECONDS, Runtime.getRuntime().availableProcessors());
            for (int clients : List.of(1, 32)) {
                BenchmarkLoop.Result reference = BenchmarkLoop.reference(bench.db(), clients);
                System.out.println(bot(web.port(), clients).against(reference));
            }
        }
    }

    private static BenchmarkLoop.Result bot(int port, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        AtomicLong ids = new AtomicLong();
        URI chat = URI.create("http://127.0.0.1:" + port + "/chat");
        for (int c = 0; c < clients; c++) post(http, chat, "c" + c, "/start ru", ids.incrementAndGet());
        return BenchmarkLoop.run(clients, c -> {
            long id = ids.incrementAndGet();
            post(http, chat, c, BenchmarkLoop.question(id), id);
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
}
