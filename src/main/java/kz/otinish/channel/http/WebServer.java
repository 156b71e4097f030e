package kz.otinish.channel.http;

import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The one HTTP server of the bot (Javalin on Jetty, virtual threads): {@code GET /health} always, plus
 * whatever the channels add before {@link #start} — the Telegram webhook, the Aitu webhook, the chat API.
 */
public final class WebServer implements AutoCloseable {
    /** The largest request body taken, in bytes: an update or a chat message is far smaller. */
    public static final int MAX_BODY = 1_000_000;
    private static final long IDLE_TIMEOUT_MS = 30_000, CHECK_TIMEOUT_MS = 1_000;
    /** Health checks run here, each given its time; a stuck one keeps a virtual thread, not a request. */
    private static final java.util.concurrent.ExecutorService CHECKS = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
    private final Javalin app;
    private final Map<String, BooleanSupplier> checks = new LinkedHashMap<>();

    public WebServer() {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = true;
            config.http.maxRequestSize = MAX_BODY; // an update or a chat message is far smaller
        });
        app.get("/health", ctx -> {
            Map<String, Boolean> results = new LinkedHashMap<>();
            boolean ok = true;
            for (var c : checks.entrySet()) {
                boolean passed = passes(c.getValue());
                results.put(c.getKey(), passed);
                ok &= passed;
            }
            ctx.status(ok ? 200 : 503).json(Map.of("status", ok ? "ok" : "failing", "checks", results));
        });
    }

    /**
     * The request's body as text, read up to {@link #MAX_BODY} bytes whatever its transfer encoding: Javalin 6.7's
     * own limit holds only for a body with a Content-Length, and a chunked 100 MB one was read whole (javalin#2416).
     * Longer: 413, and nothing more is read.
     */
    public static String body(Context ctx) {
        try (var in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) throw new ContentTooLargeResponse("at most " + MAX_BODY + " bytes");
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new io.javalin.http.BadRequestResponse("the body could not be read");
        }
    }

    /** A named check for /health, such as "database" or "index". */
    public WebServer health(String name, BooleanSupplier check) {
        checks.put(name, check);
        return this;
    }

    public WebServer post(String path, Handler handler) {
        app.post(path, handler);
        return this;
    }

    public WebServer get(String path, Handler handler) {
        app.get(path, handler);
        return this;
    }

    /** Listens on {@code host:port} (port 0 picks a free one, see {@link #port}). */
    public WebServer start(String host, int port) {
        app.start(host, port);
        // A connection that sends nothing for this long is closed: slow senders do not hold threads and sockets.
        for (var connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) c.setIdleTimeout(IDLE_TIMEOUT_MS);
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    /**
     * Checks a presented secret in constant time: 401 when none was presented, 403 when it is wrong,
     * 0 when it matches. Every route that a secret protects answers the same way.
     */
    public static int refusal(String presented, String secret) {
        if (presented == null) return 401;
        boolean right = MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
        return right ? 0 : 403;
    }

    /**
     * Whether the request presents {@code token} as its bearer token; if not, the answer is set (401 with
     * WWW-Authenticate when none was presented, 403 when it is wrong) and the route stops there.
     */
    public static boolean bearer(Context ctx, String token) {
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            ctx.status(401).header("WWW-Authenticate", "Bearer").json(Map.of("error", "a bearer token is required"));
            return false;
        }
        if (refusal(auth.substring(7).strip(), token) != 0) {
            ctx.status(403).json(Map.of("error", "wrong token"));
            return false;
        }
        return true;
    }

    /** A random webhook secret (64 hex digits) for a start that was given none. */
    public static String freshSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * A check that does not answer within {@link #CHECK_TIMEOUT_MS} fails: a frozen database made /health hang with
     * it, so a load balancer could not tell the instance was sick.
     */
    private static boolean passes(BooleanSupplier check) {
        var result = java.util.concurrent.CompletableFuture.supplyAsync(check::getAsBoolean, CHECKS);
        try {
            return result.get(CHECK_TIMEOUT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            result.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
