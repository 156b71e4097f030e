package kz.otinish.channel.aitu;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The Aitu channel's settings: {@code AITU_BOT_TOKEN} (required), {@code AITU_API_URL} (default
 * https://messapi.btsdapps.net/bot/v1, the endpoint BTS Digital's contract names), {@code AITU_POLL_INTERVAL_MS}
 * (pause after an empty poll, default 1000).
 */
public record AituSettings(String token, URI apiUrl, Duration pollInterval) {

    public static Optional<AituSettings> fromEnvironment(Map<String, String> env) {
        String token = env.getOrDefault("AITU_BOT_TOKEN", "").strip();
        if (token.isEmpty()) return Optional.empty();
        String api = env.getOrDefault("AITU_API_URL", "https://messapi.btsdapps.net/bot/v1").strip();
        long interval = Long.parseLong(env.getOrDefault("AITU_POLL_INTERVAL_MS", "1000").strip());
        return Optional.of(new AituSettings(token, URI.create(api), Duration.ofMillis(interval)));
    }

    /** {@code <api>/updates/}: polled with GET, commands sent with POST. */
    URI updates() {
        String base = apiUrl.toString();
        return URI.create(base + (base.endsWith("/") ? "" : "/") + "updates/");
    }

    @Override
    public String toString() {
        return "AituSettings[api=" + apiUrl + "]"; // never the token
    }
}
