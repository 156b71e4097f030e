package kz.otinish.channel.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import kz.otinish.dialog.Texts;
import kz.otinish.tracking.OperatorUpdates;
import kz.otinish.tracking.Status;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code POST /operator/appeals/{number}/status} for a state body's operators, with {@code OPERATOR_TOKEN} as the
 * bearer token: {@code {"status":"done","date":"2026-03-10"}} ({@code "due"} too for "extended"). Answers
 * {@code {"followers":N}}, the users told; 400 for a bad body.
 */
public final class OperatorApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OperatorApi() {}

    public static void mount(WebServer web, Jdbi jdbi, Texts texts, String token) {
        if (token == null || token.length() < 16) throw new IllegalArgumentException("OPERATOR_TOKEN must be at least 16 characters");
        web.post("/operator/appeals/{number}/status", ctx -> update(ctx, jdbi, texts, token));
    }

    private static void update(Context ctx, Jdbi jdbi, Texts texts, String token) {
        if (!WebServer.bearer(ctx, token)) return;
        String number = ctx.pathParam("number");
        JsonNode body;
        try {
            body = JSON.readTree(WebServer.body(ctx));
        } catch (java.io.IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            ctx.status(400).json(Map.of("error", "the body must be a JSON object"));
            return;
        }
        Optional<Status> status = Status.fromCode(body.path("status").asText(""));
        if (number.isBlank() || number.length() > 40 || status.isEmpty() || status.get() == Status.NOT_SUBMITTED) {
            ctx.status(400).json(Map.of("error", "status: registered, not_registered, in_progress, done, withdrawn, extended or forwarded; number: 1-40 characters"));
            return;
        }
        try {
            LocalDate on = LocalDate.parse(body.path("date").asText(""));
            LocalDate due = body.hasNonNull("due") ? LocalDate.parse(body.get("due").asText()) : null;
            if (status.get() == Status.EXTENDED && due == null) {
                ctx.status(400).json(Map.of("error", "a term extended needs \"due\""));
                return;
            }
            int told = OperatorUpdates.apply(jdbi, texts, new OperatorUpdates.Update(number, status.get(), on, due));
            ctx.json(Map.of("followers", told));
        } catch (DateTimeParseException e) {
            ctx.status(400).json(Map.of("error", "date and due are YYYY-MM-DD"));
        }
    }
}
