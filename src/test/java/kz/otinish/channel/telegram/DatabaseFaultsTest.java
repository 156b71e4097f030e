package kz.otinish.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.otinish.channel.EchoCore;
import kz.otinish.channel.SendRate;
import kz.otinish.storage.Database;
import kz.otinish.storage.EmbeddedPostgres;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database failing under a stream of Telegram updates from many chats: PostgreSQL killed ({@code kill -9}) and
 * frozen ({@code SIGSTOP}) past the pool's 5 s timeout (8 s here; run longer with the properties below). Every update must be answered once, in its chat's order, and
 * confirmed to Telegram; a chat hears at most one "temporarily unavailable" per outage. The server here is the
 * test's own (durable, as in production), not the shared test server, since it is killed.
 */
class DatabaseFaultsTest {
    /** The default run fits CI; {@code -Dfaults.chats=50 -Dfaults.messages=6 -Dfaults.freeze=45} is the longer one. */
    private static final int CHATS = Integer.getInteger("faults.chats", 12);
    private static final int MESSAGES = Integer.getInteger("faults.messages", 10);
    private static final int FREEZE_SECONDS = Integer.getInteger("faults.freeze", 8);

    private Path dir;
    private EmbeddedPostgres pg;
    private Database db;
    private FakeTelegram telegram;

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory("otinish-faults");
        pg = EmbeddedPostgres.start(dir, true);
        db = Database.onServer(pg, "postgres");
        telegram = new FakeTelegram();
    }

    @AfterEach
    void stop() {
        telegram.close();
        db.close();
        pg.close();
        TestDatabase.deleteTree(dir);
    }

    /** What happened to the updates of one run, as the fault table counts it. */
    record Outcome(int sent, int lost, int sentTwice, int orderViolations, int unconfirmed, int notices) {}

    @Test
    void postgresKilledIsStartedAgainAndNothingIsLostRepeatedOrReordered() throws Exception {
        long before = pg.pid();
        Outcome o = run(() -> signal("KILL"));
        System.out.println("kill -9 of PostgreSQL: " + o);
        assertNotEquals(before, pg.pid(), "a new server runs");
        assertEquals(new Outcome(CHATS * MESSAGES, 0, 0, 0, 0, o.notices()), o);
        assertTrue(o.notices() <= CHATS, "at most one notice per chat and outage: " + o);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!db.isReachable() && System.nanoTime() < deadline) Thread.sleep(100); // the pool drops its dead connections
        assertTrue(db.isReachable());
    }

    @Test
    void postgresFrozenPastThePoolTimeoutLosesRepeatsAndReordersNothing() throws Exception {
        Outcome o = run(() -> {
            signal("STOP");
            try {
                Thread.sleep(FREEZE_SECONDS * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            signal("CONT");
        });
        System.out.println("PostgreSQL frozen " + FREEZE_SECONDS + " s: " + o);
        assertEquals(new Outcome(CHATS * MESSAGES, 0, 0, 0, 0, o.notices()), o);
        assertTrue(o.notices() <= CHATS, "at most one notice per chat and outage: " + o);
    }

    @Test
    void aReplyTelegramAcceptedIsNotSentAgainWhenItsOutboxRowCouldNotBeDeleted() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        // The database dies between Telegram's "accepted" and the bot's deletion of the row.
        telegram.onAccepted(c -> {
            if (c.text().equals("heard: m" + MESSAGES / 2) && once.compareAndSet(false, true)) signal("KILL");
        });
        Outcome o = run(() -> {});
        System.out.println("PostgreSQL killed as a reply was accepted: " + o);
        assertTrue(once.get());
        assertEquals(new Outcome(CHATS * MESSAGES, 0, 0, 0, 0, o.notices()), o);
    }

    /** Signals the server and every process it runs (a backend per connection, the writers): the whole server. */
    private void signal(String name) {
        List<String> cmd = new ArrayList<>(List.of("kill", "-" + name));
        ProcessHandle server = ProcessHandle.of(pg.pid()).orElseThrow();
        cmd.add(Long.toString(server.pid()));
        server.descendants().forEach(p -> cmd.add(Long.toString(p.pid())));
        try {
            new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends the chats' messages in rounds, the fault a third of the way in (in the background), and counts. */
    private Outcome run(Runnable fault) throws Exception {
        List<ObjectNode> updates = new ArrayList<>();
        Thread faulting = null;
        try (var bot = TelegramChannel.start(telegram.settings(), new EchoCore(db.jdbi()), db.jdbi(), null, null,
                new SendRate(1000, 100, 1000, 1000, System::nanoTime))) {
            for (int round = 0; round < MESSAGES; round++) {
                for (int chat = 1; chat <= CHATS; chat++) updates.add(telegram.text(chat, "m" + round));
                if (round == MESSAGES / 3) {
                    faulting = Thread.ofPlatform().start(fault);
                }
                Thread.sleep(300);
            }
            faulting.join();
            long deadline = System.nanoTime() + 90_000_000_000L;
            while (System.nanoTime() < deadline && !(allAnswered() && updates.stream().allMatch(telegram::confirmed))) {
                Thread.sleep(200);
            }
            Thread.sleep(1_000); // anything sent twice would come now
        }
        int lost = 0, twice = 0, order = 0, notices = 0;
        for (int chat = 1; chat <= CHATS; chat++) {
            List<String> heard = new ArrayList<>();
            for (var call : telegram.sent(chat)) {
                if (call.text().equals("away")) notices++;
                else heard.add(call.text());
            }
            for (int m = 0; m < MESSAGES; m++) {
                int times = java.util.Collections.frequency(heard, "heard: m" + m);
                if (times == 0) lost++;
                if (times > 1) twice += times - 1;
            }
            List<String> distinct = heard.stream().distinct().toList();
            for (int i = 1; i < distinct.size(); i++) {
                if (number(distinct.get(i)) < number(distinct.get(i - 1))) order++;
            }
        }
        int unconfirmed = (int) updates.stream().filter(u -> !telegram.confirmed(u)).count();
        return new Outcome(updates.size(), lost, twice, order, unconfirmed, notices);
    }

    private boolean allAnswered() {
        for (int chat = 1; chat <= CHATS; chat++) {
            if (telegram.sent(chat).stream().map(FakeTelegram.Call::text).filter(t -> t.startsWith("heard: ")).distinct().count() < MESSAGES) {
                return false;
            }
        }
        return true;
    }

    private static int number(String heard) {
        return Integer.parseInt(heard.substring("heard: m".length()));
    }
}
