package kz.otinish.channel.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import kz.otinish.channel.Core;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.DatabaseUnavailable;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import org.jdbi.v3.core.Jdbi;

/**
 * The bot for any other gateway or a web widget: {@code POST /chat} with {@code Authorization: Bearer
 * <HTTP_CHAT_TOKEN>} and {@code {"chatId": "...", "text": "..."}} (or {@code "button": "<data>"}, and an
 * optional {@code "messageId"} that makes a retry safe: it is handled once and answered with the same
 * replies every time) answers {@code {"replies": [...]}}. Each reply has
 * {@code html} (Telegram's subset), {@code text} (plain), {@code buttons} (rows of label/data) and, for a
 * file, {@code document} (fileName, mimeType, base64 content).
 */
public final class HttpChat {
    static final String CHANNEL = "http";
    private static final Pattern CHAT_ID = Pattern.compile("[A-Za-z0-9_.:@-]{1,128}");
    private static final int MAX_TEXT = 4096, MAX_MESSAGE_ID = 128;
    private static final ObjectMapper json = new ObjectMapper();

    private final Core core;
    private final Answers answers;
    private final String token;

    private HttpChat(Core core, Jdbi jdbi, String token) {
        this.core = core;
        this.answers = new Answers(jdbi);
        this.token = token;
    }

    /** Adds {@code POST /chat} to {@code web}; {@code token} is what callers must present. */
    public static void mount(WebServer web, Core core, Jdbi jdbi, String token) {
        if (token == null || token.length() < 16) throw new IllegalArgumentException("HTTP_CHAT_TOKEN must be at least 16 characters");
        HttpChat chat = new HttpChat(core, jdbi, token);
        web.post("/chat", chat::answer);
    }

    private void answer(Context ctx) {
        if (!WebServer.bearer(ctx, token)) return;
        String type = ctx.contentType();
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            ctx.status(415).json(error("the body must be application/json"));
            return;
        }
        JsonNode body;
        try {
            body = json.readTree(WebServer.body(ctx));
        } catch (java.io.IOException e) {
            ctx.status(400).json(error("the body is not JSON"));
            return;
        }
        String chatId = body.path("chatId").asText("");
        if (!CHAT_ID.matcher(chatId).matches()) {
            ctx.status(400).json(error("chatId: 1-128 characters of A-Z a-z 0-9 _ . : @ -"));
            return;
        }
        ChatRef chat = new ChatRef(CHANNEL, chatId);
        Incoming in;
        if (body.hasNonNull("text") && !body.get("text").asText().isBlank()) {
            if (body.get("text").asText().length() > MAX_TEXT) {
                ctx.status(400).json(error("text: at most " + MAX_TEXT + " characters"));
                return;
            }
            in = Incoming.text(chat, body.get("text").asText());
        } else if (body.hasNonNull("button") && body.get("button").asText().length() <= Button.MAX_DATA_BYTES) {
            in = Incoming.button(chat, body.get("button").asText());
        } else {
            ctx.status(400).json(error("give either text or button"));
            return;
        }
        String messageId = body.hasNonNull("messageId") ? body.get("messageId").asText() : null;
        if (messageId != null && (messageId.isEmpty() || messageId.length() > MAX_MESSAGE_ID)) {
            ctx.status(400).json(error("messageId: 1-" + MAX_MESSAGE_ID + " characters"));
            return;
        }
        String deliveryId = messageId == null ? null : chatId + "/" + messageId;
        // The replies as JSON, made once: kept for a retry and sent (making them twice was 3 % of the bot's CPU).
        AtomicReference<String> handledAs = new AtomicReference<>();
        List<Reply> replies;
        try {
            replies = core.handle(in, deliveryId, (h, out) -> {
                String views = Answers.write(views(out));
                if (deliveryId != null) Answers.keep(h, chatId, deliveryId, views);
                handledAs.set(views);
            });
        } catch (DatabaseUnavailable e) {
            // Not handled: the caller retries (with the same messageId, it is handled once).
            ctx.status(503).header("Retry-After", "5").json(error("temporarily unavailable, send it again in a few seconds"));
            return;
        }
        // Not handled now and nothing to say: a retry of a message handled before, whose caller may
        // never have seen the answer, so it gets the same replies again.
        String views = handledAs.get();
        if (views == null && replies.isEmpty() && deliveryId != null) views = answers.find(deliveryId).orElse(null);
        ctx.contentType(ContentType.APPLICATION_JSON).result("{\"replies\":" + (views == null ? Answers.write(views(replies)) : views) + "}");
    }

    private static List<Map<String, Object>> views(List<Reply> replies) {
        return replies.stream().map(HttpChat::view).toList();
    }

    private static Map<String, Object> view(Reply r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("html", r.text());
        v.put("text", kz.otinish.Html.toPlain(r.text()));
        List<List<Map<String, String>>> rows = new ArrayList<>();
        for (List<Button> row : r.buttons()) {
            rows.add(row.stream().map(b -> Map.of("label", b.label(), "data", b.data())).toList());
        }
        v.put("buttons", rows);
        if (r.document() != null) {
            v.put("document", Map.of("fileName", r.document().fileName(), "mimeType", r.document().mimeType(),
                    "content", Base64.getEncoder().encodeToString(r.document().content())));
        }
        return v;
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message);
    }
}
