package kz.otinish.channel.aitu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import kz.otinish.channel.Waiting;

/**
 * Aitu's Bot API on 127.0.0.1 as the channel assumes it: GET /updates/ hands out the waiting updates
 * once, POST /updates/ takes {"commands": [...]}, POST /upload/ takes a multipart "file" and answers {"uploadedFiles": [{"fileId", "fileName"}]}, POST and
 * DELETE /webhook/ set and remove the webhook, all
 * only with the right X-BOT-TOKEN.
 */
final class FakeAitu implements AutoCloseable {
    static final String TOKEN = "aitu-test-token";
    private static final ObjectMapper json = new ObjectMapper();

    record Sent(JsonNode command, Instant at) {
        String content() {
            return command.path("content").asText();
        }
    }

    private final Javalin app;
    private final List<ObjectNode> waiting = new ArrayList<>();
    private final List<String> lastUpdateIds = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private int tooManyRequests;
    private String webhook;
    /** While set, sending answers 401 as for a revoked token. */
    private boolean refuseSending;
    private int failedUploads;
    private final java.util.Map<String, Upload> uploads = new java.util.HashMap<>();

    /** A file the bot uploaded, under the fileId this fake gave it. */
    record Upload(String fileName, String contentType, byte[] content) {}
    private int refusedTokens;

    FakeAitu() {
        app = Javalin.create(c -> c.showJavalinBanner = false);
        app.get("/bot/v1/updates/", this::updates);
        app.get("/bot/v1/getMe/", ctx -> {
            if (authorized(ctx)) ctx.json(java.util.Map.of("botId", "8e6a1f8c-0000-4000-8000-000000000001", "name", "Otinish", "username", "OtinishBot"));
        });
        app.post("/bot/v1/updates/", this::commands);
        app.post("/bot/v1/webhook/", this::setWebhook);
        app.post("/bot/v1/upload/", this::upload);
        app.delete("/bot/v1/webhook/", this::deleteWebhook);
        app.start("127.0.0.1", 0);
    }

    AituSettings settings() {
        return new AituSettings(TOKEN, URI.create("http://127.0.0.1:" + app.port() + "/bot/v1"), Duration.ofMillis(50));
    }

    synchronized ObjectNode message(String userId, String content) {
        ObjectNode u = update("Message", userId);
        u.put("messageId", UUID.randomUUID().toString());
        u.put("content", content);
        return u;
    }

    /** A message carrying one file, as the contract's Message.media has it. */
    synchronized ObjectNode file(String userId, String type, String name, String mimeType, long size) {
        ObjectNode u = update("Message", userId);
        u.put("messageId", UUID.randomUUID().toString());
        u.put("content", "");
        ObjectNode media = u.putArray("media").addObject();
        media.put("type", type).put("fileId", UUID.randomUUID().toString()).put("size", size);
        if (name != null) media.put("name", name);
        if (mimeType != null) media.put("mimeType", mimeType);
        return u;
    }

    /** The lastUpdateId of every poll that named one, in order. */
    synchronized List<String> lastUpdateIds() {
        return List.copyOf(lastUpdateIds);
    }

    synchronized ObjectNode press(String userId, String metadata) {
        ObjectNode u = update("InlineCommandSelected", userId);
        u.put("metadata", metadata);
        u.put("content", "…");
        return u;
    }

    synchronized void repeat(ObjectNode update) {
        waiting.add(update);
    }

    synchronized void answerTooManyRequests(int times) {
        tooManyRequests = times;
    }

    /** The URL setWebhook was given, or null when there is none (never set, or deleted). */
    synchronized String webhook() {
        return webhook;
    }

    /** The next {@code times} uploads fail with 503, as a passing outage would. */
    synchronized void failUploads(int times) {
        failedUploads = times;
    }

    synchronized Upload uploaded(String fileId) {
        return uploads.get(fileId);
    }

    synchronized int refusedTokens() {
        return refusedTokens;
    }

    private ObjectNode update(String type, String userId) {
        ObjectNode u = json.createObjectNode();
        u.put("updateId", UUID.randomUUID().toString());
        u.put("type", type);
        // Aitu's peers are UUIDs, and a message names its author (the contract's Message, Peer).
        u.set("dialog", json.createObjectNode().put("type", "USER").put("id", peer(userId)));
        u.set("author", json.createObjectNode().put("type", "USER").put("id", peer(userId)));
        waiting.add(u);
        return u;
    }

    synchronized List<Sent> sent(String userId) {
        return sent.stream().filter(s -> s.command().at("/recipient/id").asText().equals(peer(userId))).toList();
    }

    /** The UUID Aitu knows the test's user by. */
    static String peer(String userId) {
        return UUID.nameUUIDFromBytes(userId.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    synchronized List<Sent> await(String userId, Predicate<List<Sent>> condition) throws InterruptedException {
        return Waiting.until(this, () -> sent(userId), condition);
    }

    private synchronized boolean authorized(Context ctx) {
        if (TOKEN.equals(ctx.header("X-BOT-TOKEN"))) return true;
        refusedTokens++;
        ctx.status(401);
        return false;
    }

    private synchronized void setWebhook(Context ctx) throws Exception {
        if (!authorized(ctx)) return;
        webhook = json.readTree(ctx.body()).path("url").asText();
    }

    private synchronized void upload(Context ctx) throws Exception {
        if (!authorized(ctx)) return;
        if (failedUploads > 0) {
            failedUploads--;
            ctx.status(503);
            return;
        }
        var file = ctx.uploadedFile("file");
        if (file == null) {
            ctx.status(400);
            return;
        }
        String id = UUID.randomUUID().toString();
        try (var in = file.content()) {
            uploads.put(id, new Upload(file.filename(), file.contentType(), in.readAllBytes()));
        }
        ObjectNode answer = json.createObjectNode();
        answer.putArray("uploadedFiles").addObject().put("fileId", id).put("fileName", file.filename());
        ctx.json(answer);
    }

    private synchronized void deleteWebhook(Context ctx) {
        if (!authorized(ctx)) return;
        webhook = null;
    }

    private synchronized void updates(Context ctx) {
        if (!authorized(ctx)) return;
        if (webhook != null) { // the contract: no polling while a webhook is set
            ctx.status(400).result("{\"error\":\"a webhook is set\"}");
            return;
        }
        if (ctx.queryParam("lastUpdateId") != null) lastUpdateIds.add(ctx.queryParam("lastUpdateId"));
        ObjectNode body = json.createObjectNode();
        var array = body.putArray("updates");
        waiting.forEach(array::add);
        waiting.clear();
        ctx.json(body);
    }

    synchronized void setWebhookByHand(String url) {
        webhook = url;
    }

    synchronized void refuseSending(boolean refuse) {
        refuseSending = refuse;
    }

    private synchronized void commands(Context ctx) throws Exception {
        if (!authorized(ctx)) return;
        if (refuseSending) {
            ctx.status(401);
            return;
        }
        if (tooManyRequests > 0) {
            tooManyRequests--;
            ctx.status(429).header("Retry-After", "1");
            return;
        }
        // The contract's limits (at most 10 commands a request, InlineCommandTableSize 8×8, caption 32, content 4096):
        // Aitu refuses a request past them.
        if (json.readTree(ctx.body()).path("commands").size() > 10) {
            ctx.status(400).result("{\"error\":\"more than 10 commands\"}");
            return;
        }
        for (JsonNode c : json.readTree(ctx.body()).path("commands")) {
            try {
                UUID.fromString(c.at("/recipient/id").asText());
            } catch (IllegalArgumentException e) {
                ctx.status(400).result("{\"error\":\"recipient id is not a UUID\"}");
                return;
            }
            for (JsonNode row : c.path("inlineCommandRows")) {
                for (JsonNode b : row) {
                    if (b.path("metadata").asText().length() > 255) {
                        ctx.status(400).result("{\"error\":\"metadata over 255\"}");
                        return;
                    }
                }
            }
            if (c.path("content").asText().length() > 4096) {
                ctx.status(400).result("{\"error\":\"content over 4096\"}");
                return;
            }
            JsonNode rows = c.path("inlineCommandRows");
            boolean tooBig = rows.size() > 8;
            for (JsonNode row : rows) {
                tooBig |= row.size() > 8;
                for (JsonNode b : row) tooBig |= b.path("caption").asText().codePointCount(0, b.path("caption").asText().length()) > 32;
            }
            if (tooBig) {
                ctx.status(400).result("{\"error\":\"inline commands over 8x8 or a caption over 32\"}");
                return;
            }
        }
        for (JsonNode c : json.readTree(ctx.body()).path("commands")) sent.add(new Sent(c, Instant.now()));
        notifyAll();
        ctx.status(200);
    }

    @Override
    public void close() {
        app.stop();
    }
}
