package kz.otinish.channel.aitu;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import kz.otinish.channel.Core;
import kz.otinish.channel.Courier;
import kz.otinish.channel.SendRate;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Incoming;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Aitu, on the same core and database as Telegram. Updates are polled; each is handled at most
 * once (its {@code updateId} is the delivery id) and its replies leave through the outbox, so a crash after
 * handling loses no reply. Aitu's contract names no acknowledgement for polled updates: an update that
 * comes back is recognized and produces nothing, and one the server hands out only once is safe from the
 * moment it is committed.
 */
public final class AituChannel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AituChannel.class);
    static final String CHANNEL = "aitu";
    private static final int REMEMBERED = 10_000;

    private final AituSettings settings;
    private final AituApi api;
    private final Courier courier;
    private final Thread polling;
    /** Updates already passed on, so that one the server repeats is not queued again while in flight. */
    private final Map<String, Boolean> recent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private volatile boolean stopped;

    private AituChannel(AituSettings settings, Core core, Jdbi jdbi) {
        this.settings = settings;
        this.api = new AituApi(settings);
        this.courier = new Courier(CHANNEL, core, jdbi, api, SendRate.chatDefaults());
        this.polling = new Thread(this::poll, "aitu-polling");
    }

    public static AituChannel start(AituSettings settings, Core core, Jdbi jdbi) {
        AituChannel channel = new AituChannel(settings, core, jdbi);
        channel.courier.resume();
        channel.polling.start();
        log.info("aitu: polling started");
        return channel;
    }

    private void poll() {
        int failures = 0;
        while (!stopped) {
            try {
                int fresh = 0;
                for (JsonNode update : api.updates()) if (take(update)) fresh++;
                failures = 0;
                if (fresh == 0) Thread.sleep(settings.pollInterval());
            } catch (IOException e) {
                failures++;
                log.warn("aitu: polling failed ({}), retrying", e.getMessage());
                sleepQuietly(Math.min(30_000L, 1000L * failures));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean take(JsonNode update) {
        String id = update.path("updateId").asText("");
        synchronized (recent) {
            if (id.isEmpty() || recent.containsKey(id)) return false;
            recent.put(id, true);
        }
        Optional<Incoming> in = read(update);
        if (in.isEmpty()) return true;
        String chatId = in.get().chat().chatId();
        CompletableFuture<Void> committed = courier.deliver(chatId, id, in.get(), () -> {});
        committed.whenComplete((ok, err) -> {
            if (err != null) {
                synchronized (recent) {
                    recent.remove(id); // not committed: let it be taken again if the server repeats it
                }
                log.warn("aitu: update not handled: {}", err.getClass().getSimpleName());
            }
        });
        return true;
    }

    /**
     * A user's message or a pressed button, in a dialog with one user; group and channel dialogs are not
     * for a bot that asks for personal data.
     */
    static Optional<Incoming> read(JsonNode u) {
        JsonNode dialog = u.path("dialog");
        if (!"USER".equals(dialog.path("type").asText()) || dialog.path("id").asText("").isEmpty()) return Optional.empty();
        ChatRef chat = new ChatRef(CHANNEL, dialog.path("id").asText());
        return switch (u.path("type").asText()) {
            case "Message" -> u.hasNonNull("content") && !u.path("content").asText().isBlank()
                    ? Optional.of(Incoming.text(chat, u.path("content").asText())) : Optional.empty();
            case "QuickButtonSelected", "InlineCommandSelected" -> u.hasNonNull("metadata")
                    ? Optional.of(Incoming.button(chat, u.path("metadata").asText())) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            stopped = true;
        }
    }

    /** Stops polling, finishes the updates in flight; unsent replies wait in the outbox for the next start. */
    @Override
    public void close() {
        stopped = true;
        polling.interrupt();
        try {
            polling.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        courier.close();
    }
}
