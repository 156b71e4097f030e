package kz.otinish.channel.telegram;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import kz.otinish.channel.Waiting;

/**
 * A Bot API server on 127.0.0.1 that behaves like Telegram's where the channel depends on it: getUpdates
 * long-polls and treats an offset as confirming every earlier update; calls are recorded for the tests;
 * it can answer 429 with retry_after, or fail getUpdates as a network outage would.
 */
final class FakeTelegram implements AutoCloseable {
    static final String TOKEN = "123456:TEST-token";
    private static final ObjectMapper json = new ObjectMapper();

    record Call(String method, JsonNode params, Instant at) {
        String text() {
            return params.path("text").asText(params.path("caption").asText(""));
        }
    }

    private final Javalin app;
    private final List<ObjectNode> queue = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    /** Messages sent per chat, counted as they come: a benchmark's 32 waiting chats must not each rescan every call. */
    private final java.util.Map<String, Integer> sentCount = new java.util.HashMap<>();
    private int tooManyRequests;
    private boolean updatesDown;
    private boolean sendingDown;
    private volatile java.util.function.Consumer<Call> accepted = c -> {};

    FakeTelegram() {
        app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.useVirtualThreads = true;
        });
        app.post("/bot" + TOKEN + "/{method}", this::call);
        app.start("127.0.0.1", 0);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    TelegramSettings settings() {
        return new TelegramSettings(TOKEN, url(), null, null, 5);
    }

    // --- what users do -------------------------------------------------------------------------------

    synchronized ObjectNode text(long chatId, String text) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
        }
        return enqueue("message", message);
    }

    synchronized ObjectNode press(long chatId, int messageId, String data) {
        ObjectNode q = json.createObjectNode();
        q.put("id", "cb" + nextUpdateId.get());
        q.set("from", user(chatId));
        q.put("chat_instance", "ci" + chatId);
        q.put("data", data);
        ObjectNode m = message(chatId);
        m.put("message_id", messageId);
        m.put("text", "…");
        q.set("message", m);
        return enqueue("callback_query", q);
    }

    synchronized ObjectNode document(long chatId, String name, String mime, long size) {
        ObjectNode message = message(chatId);
        message.putObject("document").put("file_id", "f1").put("file_unique_id", "u1")
                .put("file_name", name).put("mime_type", mime).put("file_size", size);
        return enqueue("message", message);
    }

    /** The same update once more, as Telegram does when it was not confirmed. */
    synchronized void redeliver(ObjectNode update) {
        queue.add(update);
        notifyAll();
    }

    private ObjectNode enqueue(String kind, ObjectNode payload) {
        ObjectNode u = json.createObjectNode();
        u.put("update_id", nextUpdateId.getAndIncrement());
        u.set(kind, payload);
        queue.add(u);
        notifyAll();
        return u;
    }

    private ObjectNode message(long chatId) {
        ObjectNode m = json.createObjectNode();
        m.put("message_id", nextMessageId.getAndIncrement());
        m.put("date", 1_700_000_000 + nextMessageId.get());
        m.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Test");
        m.set("from", user(chatId));
        return m;
    }

    private static ObjectNode user(long chatId) {
        return json.createObjectNode().put("id", chatId).put("is_bot", false).put("first_name", "Test");
    }

    // --- how Telegram misbehaves ----------------------------------------------------------------------

    synchronized void answerTooManyRequests(int times) {
        tooManyRequests = times;
    }

    synchronized void updatesDown(boolean down) {
        updatesDown = down;
    }

    synchronized void sendingDown(boolean down) {
        sendingDown = down;
    }

    /** Runs for every message accepted, before the bot hears that it was: where a test makes something fail then. */
    void onAccepted(java.util.function.Consumer<Call> action) {
        accepted = action;
    }

    synchronized boolean confirmed(JsonNode update) {
        return queue.stream().noneMatch(u -> u.get("update_id").asInt() == update.get("update_id").asInt());
    }

    // --- what the bot did -------------------------------------------------------------------------------

    synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Messages (and documents) the bot sent to {@code chatId}, in order. */
    synchronized List<Call> sent(long chatId) {
        return calls.stream().filter(c -> isMessage(c.method())
                && c.params().path("chat_id").asText().equals(Long.toString(chatId))).toList();
    }

    /** Waits (up to 20 s) until the messages sent to {@code chatId} satisfy {@code condition}. */
    synchronized List<Call> await(long chatId, Predicate<List<Call>> condition) throws InterruptedException {
        return Waiting.until(this, () -> sent(chatId), condition);
    }

    synchronized int sentCount(long chatId) {
        return sentCount.getOrDefault(Long.toString(chatId), 0);
    }

    /** Waits (up to 20 s) until {@code n} messages in all were sent to {@code chatId}. */
    synchronized void awaitSentCount(long chatId, int n) throws InterruptedException {
        Waiting.until(this, () -> List.of(sentCount(chatId)), c -> c.getFirst() >= n);
    }

    /** Waits (up to 20 s) for a call of {@code method}, named in lower case as the client sends it. */
    synchronized void awaitCall(String method) throws InterruptedException {
        Waiting.until(this, () -> calls(method), c -> !c.isEmpty());
    }

    // --- the API ---------------------------------------------------------------------------------------

    /** A method that puts a message in the chat: what {@link #sent} lists and {@link #sentCount} counts. */
    private static boolean isMessage(String method) {
        return method.equals("sendmessage") || method.equals("senddocument");
    }

    private void call(Context ctx) throws Exception {
        String method = ctx.pathParam("method").toLowerCase(java.util.Locale.ROOT); // the Bot API ignores case
        JsonNode params = ctx.isMultipartFormData() ? multipart(ctx) : json.readTree(ctx.body().isEmpty() ? "{}" : ctx.body());
        if (method.equals("getupdates")) {
            getUpdates(ctx, params);
            return;
        }
        synchronized (this) {
            if (method.startsWith("send") && !method.equals("sendchataction")) {
                if (sendingDown) {
                    ctx.status(502).result("Bad Gateway");
                    return;
                }
                if (tooManyRequests > 0) {
                    tooManyRequests--;
                    calls.add(new Call("429", params, Instant.now()));
                    ctx.status(429).json(json.createObjectNode().put("ok", false).put("error_code", 429)
                            .put("description", "Too Many Requests: retry after 1")
                            .set("parameters", json.createObjectNode().put("retry_after", 1)));
                    return;
                }
            }
            calls.add(new Call(method, params, Instant.now()));
            if (isMessage(method)) sentCount.merge(params.path("chat_id").asText(), 1, Integer::sum);
            notifyAll();
        }
        if (method.startsWith("send")) accepted.accept(new Call(method, params, Instant.now()));
        ObjectNode ok = json.createObjectNode().put("ok", true);
        if (isMessage(method)) {
            ObjectNode m = ok.putObject("result");
            m.put("message_id", nextMessageId.getAndIncrement());
            m.put("date", 1_700_000_000);
            m.putObject("chat").put("id", params.path("chat_id").asLong()).put("type", "private");
            m.put("text", params.path("text").asText(""));
        } else {
            ok.put("result", true);
        }
        ctx.json(ok);
    }

    private void getUpdates(Context ctx, JsonNode params) throws InterruptedException {
        ArrayNodeResult result;
        synchronized (this) {
            if (updatesDown) {
                calls.add(new Call("getupdates-failed", params, Instant.now()));
                notifyAll();
                ctx.status(502).result("Bad Gateway");
                return;
            }
            if (params.has("offset") && !params.get("offset").isNull()) {
                int offset = params.get("offset").asInt();
                queue.removeIf(u -> u.get("update_id").asInt() < offset);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(params.path("timeout").asInt(0)).toNanos();
            while (queue.isEmpty() && System.nanoTime() < deadline && !updatesDown) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            result = new ArrayNodeResult(List.copyOf(queue));
        }
        ObjectNode ok = json.createObjectNode().put("ok", true);
        var array = ok.putArray("result");
        result.updates().forEach(array::add);
        ctx.json(ok);
    }

    private record ArrayNodeResult(List<ObjectNode> updates) {}

    private static JsonNode multipart(Context ctx) {
        ObjectNode params = json.createObjectNode();
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) params.put(k, v.getFirst());
        });
        // The client uploads the file as its own part and names it in the field: "attach://<part name>".
        String field = params.path("document").asText("");
        var file = ctx.uploadedFile(field.startsWith("attach://") ? field.substring(9) : "document");
        if (file != null) params.put("document_name", file.filename()).put("document_size", file.size());
        return params;
    }

    @Override
    public void close() {
        synchronized (this) {
            updatesDown = true;
            notifyAll();
        }
        app.stop();
    }
}
