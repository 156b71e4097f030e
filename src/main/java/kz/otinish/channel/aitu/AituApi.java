package kz.otinish.channel.aitu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.otinish.channel.Messenger;
import kz.otinish.channel.Paragraphs;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.Document;
import kz.otinish.Html;
import kz.otinish.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BTS Digital's Aitu Bot API, as far as its published contract goes: {@code GET <api>/updates/} returns
 * {@code {"updates": [...]}}, {@code POST <api>/updates/} carries {@code {"commands": [...]}}, and the
 * token travels in {@code X-BOT-TOKEN}. Aitu shows plain text, so the HTML is flattened; buttons become
 * inline commands whose metadata is the button's data; a file (the appeal PDF) is uploaded to
 * {@code <api>/upload/} and sent as a DOCUMENT in {@code mediaList}.
 */
final class AituApi implements Messenger {
    private static final Logger log = LoggerFactory.getLogger(AituApi.class);
    static final String TOKEN_HEADER = "X-BOT-TOKEN";
    static final int MAX_CONTENT = 4096;
    static final int MAX_CAPTION = 32;
    static final int MAX_ROWS = 8, MAX_COLUMNS = 8;
    private static final ObjectMapper json = new ObjectMapper();

    private final AituSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AituApi(AituSettings settings) {
        this.settings = settings;
    }

    /**
     * The waiting updates. {@code lastUpdateId}, when given, is the newest update of the previous batch, all of which
     * are committed: BTS Digital's own SDK sends it, so if Aitu takes it as an acknowledgement nothing is acknowledged
     * before it is safe, and if Aitu ignores it nothing changes.
     */
    List<JsonNode> updates(String lastUpdateId) throws IOException, InterruptedException {
        URI uri = lastUpdateId == null ? settings.updates()
                : URI.create(settings.updates() + "?lastUpdateId=" + java.net.URLEncoder.encode(lastUpdateId, java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET()
                .header(TOKEN_HEADER, settings.token()).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 400) {
            // A webhook left set (by another run, or by hand) makes Aitu refuse polling: remove it and poll again.
            deleteWebhook();
            throw new IOException("GET updates answered 400: a webhook was set, removed it");
        }
        if (response.statusCode() != 200) throw new IOException("GET updates answered " + response.statusCode());
        List<JsonNode> updates = new ArrayList<>();
        json.readTree(response.body()).path("updates").forEach(updates::add);
        return updates;
    }

    /**
     * getMe at start: the bot's username, or a refusal that says the token is wrong — once, clearly, instead of a
     * warning at every poll. Any other failure (Aitu away) is not the token's: the start goes on.
     */
    Optional<String> username() throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(settings.me()).GET()
                    .header(TOKEN_HEADER, settings.token()).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new IllegalArgumentException("Aitu refused AITU_BOT_TOKEN (" + response.statusCode() + "): copy the token from the bot's settings again");
            }
            if (response.statusCode() != 200) return Optional.empty();
            String username = json.readTree(response.body()).path("username").asText("");
            return username.isEmpty() ? Optional.empty() : Optional.of(username);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** setWebhook: Aitu posts updates to {@code url} from now on. */
    void setWebhook(String url) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("url", url);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(settings.webhookEndpoint())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header(TOKEN_HEADER, settings.token()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) throw new IOException("setWebhook answered " + response.statusCode());
    }

    /** deleteWebhook, best effort: a failure is logged and polling goes ahead. */
    void deleteWebhook() {
        try {
            int code = http.send(HttpRequest.newBuilder(settings.webhookEndpoint()).DELETE()
                    .header(TOKEN_HEADER, settings.token()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (code / 100 != 2) log.warn("aitu: removing an old webhook answered {}", code);
        } catch (IOException e) {
            log.warn("aitu: could not remove an old webhook: {}", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<Reply> parts(Reply reply) {
        List<String> texts = Paragraphs.split(Html.toPlain(reply.text()), MAX_CONTENT);
        List<List<List<Button>>> keyboards = keyboards(reply.buttons());
        List<Reply> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            parts.add(new Reply(texts.get(i), i == texts.size() - 1 ? keyboards.getFirst() : List.of(), null));
        }
        // More buttons than one message may carry (the finder's 20 regions fit; a longer list would not): the rest
        // follow in messages of their own, each saying it goes on.
        for (List<List<Button>> more : keyboards.subList(1, keyboards.size())) parts.add(new Reply("…", more, null));
        if (reply.document() != null) {
            // Aitu does not show inline commands on a message that carries media (its contract says so), so
            // a file rides on the last part only when that part has no buttons; otherwise it goes just
            // before it, named by its file name, and the buttons stay last and visible.
            Reply last = parts.getLast();
            if (last.buttons().isEmpty()) parts.set(parts.size() - 1, new Reply(last.text(), List.of(), reply.document()));
            else parts.add(parts.size() - 1, new Reply(reply.document().fileName(), List.of(), reply.document()));
        }
        return parts;
    }

    /**
     * One part as a SendMessage command. A file is first uploaded ({@code POST <api>/upload/}, multipart),
     * then referred to by the {@code fileId} Aitu gave it in {@code mediaList}. A failure at either step
     * leaves the part in the outbox, and a retry uploads the file again.
     */
    @Override
    public void send(String chatId, Reply part) throws Refused {
        ObjectNode command = json.createObjectNode();
        command.put("type", "SendMessage");
        command.put("content", part.text());
        command.putObject("recipient").put("type", "USER").put("id", chatId);
        if (!part.buttons().isEmpty()) {
            ArrayNode rows = command.putArray("inlineCommandRows");
            for (List<Button> row : part.buttons()) {
                ArrayNode r = rows.addArray();
                for (Button b : row) r.addObject().put("caption", caption(b.label())).put("metadata", b.data());
            }
        }
        if (part.document() != null) {
            JsonNode uploaded = upload(part.document());
            command.putArray("mediaList").addObject().put("fileId", uploaded.path("fileId").asText())
                    .put("name", uploaded.path("fileName").asText(part.document().fileName())).put("mediaType", "DOCUMENT");
        }
        ObjectNode body = json.createObjectNode();
        body.putArray("commands").add(command);
        exchange(HttpRequest.newBuilder(settings.updates())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header(TOKEN_HEADER, settings.token()).header("Content-Type", "application/json"));
    }

    /** The file's entry in the upload's answer {@code {"uploadedFiles":[{"fileId":…,"fileName":…}]}}. */
    private JsonNode upload(Document document) throws Refused {
        String boundary = "otinish-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + document.fileName().replaceAll("[\"\\r\\n]", "") + "\"\r\nContent-Type: " + document.mimeType() + "\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String answer = exchange(HttpRequest.newBuilder(settings.uploads())
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head.getBytes(StandardCharsets.UTF_8), document.content(), tail)))
                .header(TOKEN_HEADER, settings.token()).header("Content-Type", "multipart/form-data; boundary=" + boundary));
        try {
            JsonNode file = json.readTree(answer).path("uploadedFiles").path(0);
            if (!file.path("fileId").asText("").isEmpty()) return file;
        } catch (IOException e) {
            // falls through: an answer without a fileId is a passing trouble like any other
        }
        throw Refused.transientFailure("aitu's upload answer named no fileId", null);
    }

    /** Sends a request; a 2xx answer's body is returned, anything else becomes the matching refusal. */
    private String exchange(HttpRequest.Builder request) throws Refused {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw Refused.transientFailure(e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refused.transientFailure("interrupted", e);
        }
        int code = response.statusCode();
        if (code / 100 == 2) return response.body();
        if (code == 429) {
            long after = response.headers().firstValue("Retry-After").flatMap(AituApi::seconds).orElse(1L);
            throw Refused.tooFast(Duration.ofSeconds(after));
        }
        // A wrong or revoked token (401, 403) is the operator's to fix, not the message's fault: keep it, and every
        // reply behind it, in the outbox until Aitu takes them. Any other 4xx is this message's own.
        if (code == 401 || code == 403) throw Refused.transientFailure("aitu refused the bot's token (" + code + "): check AITU_BOT_TOKEN", null);
        if (code / 100 == 4) throw Refused.permanent("aitu answered " + code);
        throw Refused.transientFailure("aitu answered " + code, null);
    }

    /**
     * Buttons in keyboards Aitu takes: at most {@value #MAX_ROWS} rows of at most {@value #MAX_COLUMNS}
     * (the contract's InlineCommandTableSize; a larger one is refused with 400 and the message never arrives).
     * Rows that fit stay as they are; more rows are re-packed into as few columns as fit them, in order, and past
     * 64 buttons into further keyboards. No buttons: one empty keyboard.
     */
    static List<List<List<Button>>> keyboards(List<List<Button>> rows) {
        if (rows.size() <= MAX_ROWS && rows.stream().allMatch(r -> r.size() <= MAX_COLUMNS)) return List.of(rows);
        List<Button> all = rows.stream().flatMap(List::stream).toList();
        List<List<List<Button>>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_ROWS * MAX_COLUMNS) {
            List<Button> chunk = all.subList(from, Math.min(all.size(), from + MAX_ROWS * MAX_COLUMNS));
            int columns = (chunk.size() + MAX_ROWS - 1) / MAX_ROWS;
            List<List<Button>> keyboard = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i += columns) keyboard.add(chunk.subList(i, Math.min(chunk.size(), i + columns)));
            out.add(keyboard);
        }
        return out;
    }

    /** Aitu takes button captions of at most 32 characters; a longer one is cut, never inside an emoji, with an ellipsis. */
    static String caption(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_CAPTION) return label;
        return label.substring(0, label.offsetByCodePoints(0, MAX_CAPTION - 1)).stripTrailing() + "…";
    }

    private static Optional<Long> seconds(String header) {
        try {
            return Optional.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
