package kz.otinish.channel.aitu;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.otinish.channel.http.WebServer;

/**
 * The Aitu channel's settings: {@code AITU_BOT_TOKEN} (required), {@code AITU_API_URL} (default
 * https://botapi.aitu.io/bot/v1, the host of the contract's endpoint list since 2021-11 and of pyAitu), {@code AITU_POLL_INTERVAL_MS}
 * (pause after an empty poll, default 1000), {@code AITU_WEBHOOK_URL} (webhook mode when set: the public HTTPS
 * URL whose path is served on the HTTP server) and {@code AITU_WEBHOOK_SECRET} (generated when unset).
 */
public record AituSettings(String token, URI apiUrl, Duration pollInterval, URI webhookUrl, String webhookSecret) {
    /** The secret travels as the last segment of the registered URL's path, so it keeps to characters that need no escaping. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    /** Aitu's setWebhook takes a URL of at most 200 characters. */
    private static final int MAX_WEBHOOK_URL = 200;

    public AituSettings {
        if (webhookUrl != null) {
            if (!"https".equalsIgnoreCase(webhookUrl.getScheme())) {
                throw new IllegalArgumentException("AITU_WEBHOOK_URL must be an https:// address: Aitu's setWebhook takes no other");
            }
            if (webhookSecret == null || !SECRET.matcher(webhookSecret).matches()) {
                throw new IllegalArgumentException("AITU_WEBHOOK_SECRET must be 16-128 characters of A-Z a-z 0-9 _ -");
            }
            if (registeredUrl(webhookUrl, webhookSecret).length() > MAX_WEBHOOK_URL) {
                throw new IllegalArgumentException("AITU_WEBHOOK_URL with its secret must stay within 200 characters");
            }
        }
    }

    /** Polling only. */
    public AituSettings(String token, URI apiUrl, Duration pollInterval) {
        this(token, apiUrl, pollInterval, null, null);
    }

    public static Optional<AituSettings> fromEnvironment(Map<String, String> env) {
        String token = env.getOrDefault("AITU_BOT_TOKEN", "").strip();
        if (token.isEmpty()) return Optional.empty();
        String api = env.getOrDefault("AITU_API_URL", "https://botapi.aitu.io/bot/v1").strip();
        long interval = Long.parseLong(env.getOrDefault("AITU_POLL_INTERVAL_MS", "1000").strip());
        String hook = env.getOrDefault("AITU_WEBHOOK_URL", "").strip();
        String secret = env.getOrDefault("AITU_WEBHOOK_SECRET", "").strip();
        if (!hook.isEmpty() && secret.isEmpty()) secret = WebServer.freshSecret(); // setWebhook hands it over at every start
        return Optional.of(new AituSettings(token, URI.create(api), Duration.ofMillis(interval),
                hook.isEmpty() ? null : URI.create(hook), secret.isEmpty() ? null : secret));
    }

    public boolean webhook() {
        return webhookUrl != null;
    }

    /** The path Aitu posts to, served on the HTTP server, without the secret segment that follows it. */
    String webhookPath() {
        String path = webhookUrl.getPath();
        return path.isEmpty() || path.equals("/") ? "" : path.replaceAll("/+$", "");
    }

    /**
     * What setWebhook is given: the public URL with the secret as its last path segment ({@code …/aitu/<secret>}),
     * the one thing Aitu sends back. A path is what any HTTP client keeps; nothing says Aitu keeps a query.
     */
    String registeredUrl() {
        return registeredUrl(webhookUrl, webhookSecret);
    }

    private static String registeredUrl(URI url, String secret) {
        String base = url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", ""));
        return base + "/" + secret + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    }

    /** {@code <api>/updates/}: polled with GET, commands sent with POST. */
    URI updates() {
        return endpoint("updates/");
    }

    /** {@code <api>/upload/}: files are posted there (multipart) before a message refers to them. */
    URI uploads() {
        return endpoint("upload/");
    }

    /** {@code <api>/webhook/}: POST sets the webhook, DELETE removes it. */
    /** {@code <api>/getMe/}: the bot's id, name and username. */
    URI me() {
        return endpoint("getMe/");
    }

    URI webhookEndpoint() {
        return endpoint("webhook/");
    }

    private URI endpoint(String name) {
        String base = apiUrl.toString();
        return URI.create(base + (base.endsWith("/") ? "" : "/") + name);
    }

    @Override
    public String toString() {
        return "AituSettings[api=" + apiUrl + ", webhook=" + webhookUrl + "]"; // never the token or the secret
    }
}
