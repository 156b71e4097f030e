package kz.otinish.channel.telegram;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.otinish.channel.BenchmarkLoop;
import kz.otinish.channel.SendRate;
import org.junit.jupiter.api.Test;

/**
 * The update pipeline through the Telegram channel (long polling, the dialog, the outbox, sendMessage) against an
 * in-process fake Bot API, with the send rate's limits off, beside PostgreSQL's own commit rate measured in the same run
 * on the same server. A client sends a message and waits for the bot's reply to reach the fake. Not part of the suite
 * (surefire excludes *Benchmark); run it with
 * {@code mvn -B test -Dtest=TelegramPipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.seconds=20}).
 */
class TelegramPipelineBenchmark {
    private static final SendRate UNLIMITED = new SendRate(1_000_000, 1_000, 1_000_000, 1_000, System::nanoTime);

    @Test
    void theBotOnTelegramAgainstPostgresOwnCommitRate() throws Exception {
        try (BenchmarkLoop.Bot bench = BenchmarkLoop.Bot.start(); FakeTelegram telegram = new FakeTelegram();
             TelegramChannel bot = TelegramChannel.start(telegram.settings(), bench.assistant().dialog()::handle, bench.db().jdbi(),
                     null, null, UNLIMITED)) {
            System.out.printf("Telegram pipeline benchmark, %d s per run, %d cores%n", BenchmarkLoop.SECONDS,
                    Runtime.getRuntime().availableProcessors());
            AtomicLong ids = new AtomicLong();
            for (int clients : List.of(1, 32)) {
                BenchmarkLoop.Result reference = BenchmarkLoop.reference(bench.db(), clients);
                long first = 1_000L * clients; // chats of their own for each run
                for (int c = 0; c < clients; c++) {
                    telegram.text(first + c, "/start ru");
                    telegram.awaitSentCount(first + c, 2); // the greeting and the menu
                }
                BenchmarkLoop.Result sent = BenchmarkLoop.run(clients, c -> {
                    long chat = first + Integer.parseInt(c.substring(1));
                    int before = telegram.sentCount(chat);
                    telegram.text(chat, BenchmarkLoop.question(ids.incrementAndGet()));
                    telegram.awaitSentCount(chat, before + 1);
                });
                System.out.println(sent.against(reference));
            }
        }
    }
}
