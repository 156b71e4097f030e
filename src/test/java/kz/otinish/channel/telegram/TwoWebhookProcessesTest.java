package kz.otinish.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What a user does when one machine is not enough: two bot processes (the real {@code Main run}, each its own JVM and
 * data folder) on one PostgreSQL database, in webhook mode behind a round-robin in front of them, against the fake Bot
 * API. Many chats talk at once, some updates arrive twice (Telegram redelivers what it thinks was lost), and halfway
 * one process is stopped as in a rolling restart. Every chat must still get each reply once, in the order it asked.
 */
class TwoWebhookProcessesTest {
    private static final String SECRET = "two-processes-secret";
    private static final int CHATS = 12;
    /** A conversation whose every reply says which message it answers. */
    private static final List<String> SCRIPT = List.of("/start ru", "как отозвать обращение",
            "сколько ждать ответа на обращение", "можно ли подать обращение за другого человека", "қосшы");
    private static final List<String> ANSWERS_BEGIN = List.of("Как отозвать обращение", "Сколько ждать ответа",
            "Можно ли подать обращение за другого", "Косшы");
    private static final Duration START_LIMIT = Duration.ofSeconds(150);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void bothHandleUpdatesNoneTwiceAndEachChatGetsEveryReplyOnceInOrderThroughARestart() throws Exception {
        String database = TestDatabase.freshUrl();
        Path work = Files.createTempDirectory("otinish-two-processes");
        try (FakeTelegram telegram = new FakeTelegram(); RoundRobin front = new RoundRobin(freePort(), freePort())) {
            List<Bot> bots = List.of(
                    Bot.start(work.resolve("a"), front.upstreams[0], database, telegram, front),
                    Bot.start(work.resolve("b"), front.upstreams[1], database, telegram, front));
            try {
                for (Bot bot : bots) bot.awaitHealthy(http);
                assertEquals(2, telegram.calls("setwebhook").size(), "each process registered the webhook");

                CountDownLatch halfway = new CountDownLatch(CHATS);
                CountDownLatch restarted = new CountDownLatch(1);
                List<Future<?>> chats = new ArrayList<>();
                try (var users = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (int c = 0; c < CHATS; c++) {
                        long chatId = 500 + c;
                        chats.add(users.submit(() -> {
                            for (int i = 0; i < SCRIPT.size(); i++) {
                                if (i == 3) {
                                    halfway.countDown();
                                    restarted.await();
                                }
                                ObjectNode update = telegram.text(chatId, SCRIPT.get(i));
                                deliver(front, update);
                                if (i % 2 == 1) deliver(front, update); // lost confirmation: Telegram sends it again
                            }
                            return null;
                        }));
                    }
                    halfway.await();
                    bots.getFirst().stop(); // SIGTERM, as a rolling restart does: it finishes what it has in flight
                    restarted.countDown();
                    for (Future<?> chat : chats) chat.get();
                }

                System.out.printf("webhook calls taken: process A %d (stopped halfway), process B %d%n",
                        front.handled.get(0), front.handled.get(1));
                assertTrue(front.handled.get(0) > 0 && front.handled.get(1) > 0,
                        "both processes handled updates: " + front.handled);
                for (int c = 0; c < CHATS; c++) {
                    long chatId = 500 + c;
                    List<String> sent = telegram.await(chatId, s -> answered(s) == ANSWERS_BEGIN.size())
                            .stream().map(FakeTelegram.Call::text).toList();
                    assertEquals(ANSWERS_BEGIN, answersIn(sent), "chat " + chatId + " got each answer once, in order: " + sent);
                }
                Thread.sleep(1_500); // anything sent twice would show by now: the outbox is looked at every 250 ms
                List<String> first = telegram.sent(500).stream().map(FakeTelegram.Call::text).toList();
                for (int c = 1; c < CHATS; c++) {
                    assertEquals(first, telegram.sent(500 + c).stream().map(FakeTelegram.Call::text).toList(),
                            "chat " + (500 + c) + " got the same replies as chat 500, no more, no fewer");
                }
                assertEquals(ANSWERS_BEGIN, answersIn(first));
            } finally {
                for (Bot bot : bots) bot.stop();
                TestDatabase.deleteTree(work);
            }
        }
    }

    private static int answered(List<FakeTelegram.Call> sent) {
        return answersIn(sent.stream().map(FakeTelegram.Call::text).toList()).size();
    }

    private static List<String> answersIn(List<String> sent) {
        List<String> answers = new ArrayList<>();
        for (String html : sent) {
            String text = html.replaceAll("<[^>]+>", "");
            for (String begin : ANSWERS_BEGIN) if (text.startsWith(begin)) answers.add(begin);
        }
        return answers;
    }

    /** Posts {@code update} until a process takes it (200), as Telegram retries a webhook call that failed. */
    private void deliver(RoundRobin front, ObjectNode update) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(front.hook()).POST(HttpRequest.BodyPublishers.ofString(update.toString()))
                .header("Content-Type", "application/json").header(TelegramChannel.SECRET_HEADER, SECRET)
                .timeout(Duration.ofSeconds(60)).build();
        for (int attempt = 0; attempt < 50; attempt++) {
            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            Thread.sleep(100);
        }
        throw new AssertionError("no process took update " + update.get("update_id"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** One bot process: {@code otinish run} on its own data folder and port, the shared database, webhook mode. */
    private record Bot(Process process, int port, Path log) {
        static Bot start(Path dataDir, int port, String database, FakeTelegram telegram, RoundRobin front) throws IOException {
            Files.createDirectories(dataDir);
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "kz.otinish.Main", "run");
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("AITU_") || k.startsWith("DATABASE_")
                    || k.startsWith("OTINISH_") || k.startsWith("HTTP_") || k.startsWith("ADMIN"));
            env.put("OTINISH_DATA_DIR", dataDir.toString());
            env.put("DATABASE_URL", database);
            env.put("DATABASE_USER", TestDatabase.user());
            env.put("DATABASE_PASSWORD", TestDatabase.password());
            env.put("HTTP_HOST", "127.0.0.1");
            env.put("HTTP_PORT", Integer.toString(port));
            env.put("TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN);
            env.put("TELEGRAM_API_URL", telegram.url().toString());
            env.put("TELEGRAM_WEBHOOK_URL", front.hook().toString());
            env.put("TELEGRAM_WEBHOOK_SECRET", SECRET);
            Path log = dataDir.resolve("bot.log");
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
            return new Bot(pb.start(), port, log);
        }

        void awaitHealthy(HttpClient http) throws Exception {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) throw new AssertionError("the bot stopped:\n" + Files.readString(log));
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new AssertionError("the bot did not start in " + START_LIMIT + ":\n" + Files.readString(log));
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    /** A load balancer on loopback: each webhook call to the next process in turn, 502 when that one is down. */
    private static final class RoundRobin implements AutoCloseable {
        final int[] upstreams;
        final AtomicIntegerArray handled = new AtomicIntegerArray(2);
        private final AtomicInteger next = new AtomicInteger();
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final Javalin app;

        RoundRobin(int a, int b) {
            upstreams = new int[] {a, b};
            app = Javalin.create(c -> {
                c.showJavalinBanner = false;
                c.useVirtualThreads = true;
            });
            app.post("/telegram/hook", this::forward);
            app.start("127.0.0.1", 0);
        }

        URI hook() {
            return URI.create("http://127.0.0.1:" + app.port() + "/telegram/hook");
        }

        private void forward(Context ctx) throws InterruptedException {
            int to = Math.floorMod(next.getAndIncrement(), 2);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + upstreams[to] + "/telegram/hook"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ctx.bodyAsBytes()))
                    .header("Content-Type", "application/json")
                    .header(TelegramChannel.SECRET_HEADER, ctx.header(TelegramChannel.SECRET_HEADER))
                    .timeout(Duration.ofSeconds(60)).build();
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) handled.incrementAndGet(to);
                ctx.status(status);
            } catch (IOException down) {
                ctx.status(502);
            }
        }

        @Override
        public void close() {
            app.stop();
        }
    }
}
