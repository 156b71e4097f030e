package kz.otinish.channel.aitu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kz.otinish.channel.Core;
import kz.otinish.channel.Courier;
import kz.otinish.channel.SendRate;
import kz.otinish.channel.http.WebServer;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.FileInfo;
import kz.otinish.dialog.Incoming;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Aitu, on the same core and database as Telegram. Updates are polled, or posted to a webhook
 * when {@code AITU_WEBHOOK_URL} is set; each is handled at most
 * once (its {@code updateId} is the delivery id) and its replies leave through the outbox, so a crash after
 * handling loses no reply. Aitu's contract names no acknowledgement for polled updates: an update that
 * comes back is recognized and produces nothing, and one the server hands out only once is safe from the
 * moment it is committed.
 */
public final class AituChannel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AituChannel.class);
    public static final String CHANNEL = "aitu";
    private static final int REMEMBERED = 10_000;
    private static final ObjectMapper json = new ObjectMapper();

    private final AituSettings settings;
    private final AituApi api;
    private final Courier courier;
    private final Thread polling;
    /**
     * Updates already passed on, each with the future of its commit: one the server repeats while it is
     * in flight is not queued again, and a webhook call for it waits for that same commit.
     */
    private final Map<String, CompletableFuture<Void>> recent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Void>> eldest) {
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

    /** Polling only (no webhook configured). */
    public static AituChannel start(AituSettings settings, Core core, Jdbi jdbi) {
        return start(settings, core, jdbi, null);
    }

    /**
     * Starts the bot on Aitu. In webhook mode the route is added to {@code web}, which the caller starts
     * afterwards; then {@link #registerWebhook} tells Aitu where to post. Otherwise it polls, after
     * removing a webhook an earlier run may have left (polling gets nothing while one is set).
     */
    public static AituChannel start(AituSettings settings, Core core, Jdbi jdbi, WebServer web) {
        try {
            // Before anything starts: a wrong token stops here, with nothing left running.
            new AituApi(settings).username().ifPresent(name -> log.info("aitu: the bot is @{}", name));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        AituChannel channel = new AituChannel(settings, core, jdbi);
        channel.courier.resume();
        if (settings.webhook()) {
            if (web == null) throw new IllegalStateException("AITU_WEBHOOK_URL needs the HTTP server (HTTP_PORT)");
            web.post(settings.webhookPath() + "/{secret}", channel::receive);
            web.post(settings.webhookPath().isEmpty() ? "/" : settings.webhookPath(), ctx -> ctx.status(401)); // no secret at all
        } else {
            channel.api.deleteWebhook();
            channel.polling.start();
            log.info("aitu: polling started");
        }
        return channel;
    }

    /** Webhook mode: hands Aitu the URL, with the secret it will send back in the path of every call. */
    public void registerWebhook() throws IOException, InterruptedException {
        api.setWebhook(settings.registeredUrl());
        log.info("aitu: webhook registered at {}", settings.webhookUrl().getHost());
    }

    private void poll() {
        int failures = 0;
        String lastCommitted = null;
        while (!stopped) {
            try {
                int fresh = 0;
                String newest = null;
                List<CompletableFuture<Void>> commits = new ArrayList<>();
                for (JsonNode update : api.updates(lastCommitted)) {
                    Taken taken = take(update);
                    if (taken.fresh()) fresh++;
                    commits.add(taken.committed());
                    if (!update.path("updateId").asText("").isEmpty()) newest = update.path("updateId").asText();
                }
                failures = 0;
                // The next poll names this batch as received only once every update in it is committed.
                if (newest != null && allCommitted(commits)) lastCommitted = newest;
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

    /**
     * One webhook call: the secret first (constant time; missing 401, wrong 403), then each update through
     * the same path as a polled one; 200 only once every update in it is committed, so that anything else
     * leaves Aitu a reason to deliver again (and a repeat is recognised by its updateId).
     */
    private void receive(Context ctx) {
        int refused = WebServer.refusal(ctx.pathParam("secret"), settings.webhookSecret());
        if (refused != 0) {
            ctx.status(refused);
            return;
        }
        JsonNode body;
        try {
            body = json.readTree(WebServer.body(ctx));
        } catch (IOException e) {
            ctx.status(400);
            return;
        }
        // The contract says webhooks carry the same UpdateResponse as polling; a bare update is taken too.
        List<JsonNode> updates = new ArrayList<>();
        if (body.has("updates")) body.path("updates").forEach(updates::add);
        else updates.add(body);
        try {
            CompletableFuture.allOf(updates.stream().map(u -> take(u).committed()).toArray(CompletableFuture[]::new))
                    .get(60, TimeUnit.SECONDS);
            ctx.status(200);
        } catch (Exception e) {
            log.warn("aitu: webhook updates not handled: {}", e.getClass().getSimpleName());
            ctx.status(500);
        }
    }

    /** An update passed on: {@code fresh} unless it was already known; {@code committed} completes with its commit. */
    private record Taken(boolean fresh, CompletableFuture<Void> committed) {}

    private Taken take(JsonNode update) {
        String id = update.path("updateId").asText("");
        if (id.isEmpty()) return new Taken(false, CompletableFuture.completedFuture(null));
        synchronized (recent) {
            CompletableFuture<Void> known = recent.get(id);
            if (known != null) return new Taken(false, known);
            Optional<Incoming> in = read(update);
            if (in.isEmpty()) { // not for the bot: nothing to handle, but remembered like the rest
                recent.put(id, CompletableFuture.completedFuture(null));
                return new Taken(true, recent.get(id));
            }
            CompletableFuture<Void> committed = courier.deliver(in.get().chat().chatId(), id, in.get(), () -> {});
            recent.put(id, committed);
            committed.whenComplete((ok, err) -> {
                if (err == null) return;
                synchronized (recent) {
                    recent.remove(id); // not committed: let it be taken again if the server repeats it
                }
                log.warn("aitu: update not handled: {}", err.getClass().getSimpleName());
            });
            return new Taken(true, committed);
        }
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
            case "Message" -> u.path("media").size() > 0 ? Optional.of(Incoming.file(chat, file(u.path("media").get(0))))
                    : u.hasNonNull("content") && !u.path("content").asText().isBlank()
                    ? Optional.of(Incoming.text(chat, u.path("content").asText())) : Optional.empty();
            case "QuickButtonSelected", "InlineCommandSelected" -> u.hasNonNull("metadata")
                    ? Optional.of(Incoming.button(chat, u.path("metadata").asText())) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * A file the user sent ({@code Message.media}: Document, Image, Video, Audio, each with its fileId, name, mimeType
     * and size), as the dialog sees one: the appeal's attachments step checks its count, size and kind (no audio or
     * video) as on Telegram. A photo without a name or type is named and typed by its kind.
     */
    static FileInfo file(JsonNode media) {
        String kind = media.path("type").asText(media.path("mediaType").asText("")).toLowerCase(java.util.Locale.ROOT);
        String fallbackType = kind.contains("image") ? "image/jpeg" : kind.contains("video") ? "video/mp4"
                : kind.contains("audio") ? "audio/ogg" : "application/octet-stream";
        String name = media.path("name").asText("");
        if (name.isBlank()) name = kind.contains("image") ? "photo.jpg" : kind.contains("video") ? "video.mp4" : kind.contains("audio") ? "audio.ogg" : "file";
        String type = media.path("mimeType").asText("");
        return new FileInfo(name, type.isBlank() ? fallbackType : type, media.path("size").asLong(-1));
    }

    private static boolean allCommitted(List<CompletableFuture<Void>> commits) throws InterruptedException {
        try {
            CompletableFuture.allOf(commits.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
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
        stopped = true; // in webhook mode the server is closed first, so no call arrives after this
        polling.interrupt();
        try {
            polling.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        courier.close();
    }
}
