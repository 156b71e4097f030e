package kz.otinish.channel.aitu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.otinish.channel.Messenger;
import kz.otinish.channel.Paragraphs;
import kz.otinish.dialog.Button;
import kz.otinish.Html;
import kz.otinish.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BTS Digital's Aitu Bot API, as far as its published contract goes: {@code GET <api>/updates/} returns
 * {@code {"updates": [...]}}, {@code POST <api>/updates/} carries {@code {"commands": [...]}}, and the
 * token travels in {@code X-BOT-TOKEN}. Aitu shows plain text, so the HTML is flattened; buttons become
 * inline commands whose metadata is the button's data.
 */
final class AituApi implements Messenger {
    private static final Logger log = LoggerFactory.getLogger(AituApi.class);
    static final String TOKEN_HEADER = "X-BOT-TOKEN";
    static final int MAX_CONTENT = 4096;
    static final int MAX_CAPTION = 32;
    private static final ObjectMapper json = new ObjectMapper();

    private final AituSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AituApi(AituSettings settings) {
        this.settings = settings;
    }

    List<JsonNode> updates() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(settings.updates()).GET()
                .header(TOKEN_HEADER, settings.token()).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IOException("GET updates answered " + response.statusCode());
        List<JsonNode> updates = new ArrayList<>();
        json.readTree(response.body()).path("updates").forEach(updates::add);
        return updates;
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
        List<Reply> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            parts.add(new Reply(texts.get(i), i == texts.size() - 1 ? reply.buttons() : List.of(), null));
        }
        if (reply.document() != null) {
            // Aitu takes files only through an upload step its contract leaves open: the text goes, the file not.
            log.warn("aitu: a document was not sent; the Aitu channel sends text only");
        }
        return parts;
    }

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
        ObjectNode body = json.createObjectNode();
        body.putArray("commands").add(command);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(settings.updates())
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .header(TOKEN_HEADER, settings.token()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw Refused.transientFailure(e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refused.transientFailure("interrupted", e);
        }
        int code = response.statusCode();
        if (code / 100 == 2) return;
        if (code == 429) {
            long after = response.headers().firstValue("Retry-After").flatMap(AituApi::seconds).orElse(1L);
            throw Refused.tooFast(Duration.ofSeconds(after));
        }
        if (code / 100 == 4) throw Refused.permanent("aitu answered " + code);
        throw Refused.transientFailure("aitu answered " + code, null);
    }

    /** Aitu cuts button captions at 32 characters; a cut one says so with an ellipsis. */
    static String caption(String label) {
        if (label.length() <= MAX_CAPTION) return label;
        return label.substring(0, MAX_CAPTION - 1).stripTrailing() + "…";
    }

    private static Optional<Long> seconds(String header) {
        try {
            return Optional.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
