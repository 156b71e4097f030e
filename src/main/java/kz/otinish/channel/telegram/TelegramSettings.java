package kz.otinish.channel.telegram;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import kz.otinish.channel.http.WebServer;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram channel's settings, all from environment variables:
 * {@code TELEGRAM_BOT_TOKEN} (required), {@code TELEGRAM_API_URL} (default the public Bot API),
 * {@code TELEGRAM_WEBHOOK_URL} (webhook mode when set), {@code TELEGRAM_WEBHOOK_SECRET} (generated when
 * absent), {@code TELEGRAM_POLL_TIMEOUT} (long-polling seconds, default 25).
 */
public record TelegramSettings(String token, URI apiUrl, URI webhookUrl, String webhookSecret, int pollTimeoutSeconds) {

    /** Telegram allows 1–256 characters of A–Z a–z 0–9 _ - in a webhook secret. */
    private static final java.util.regex.Pattern SECRET = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public TelegramSettings {
        if (webhookSecret != null && !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalArgumentException("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -");
        }
    }

    /** Empty when {@code TELEGRAM_BOT_TOKEN} is not set: the bot then does not run on Telegram. */
    public static Optional<TelegramSettings> fromEnvironment(Map<String, String> env) {
        String token = env.getOrDefault("TELEGRAM_BOT_TOKEN", "").strip();
        if (token.isEmpty()) return Optional.empty();
        URI api = URI.create(env.getOrDefault("TELEGRAM_API_URL", "https://api.telegram.org").strip());
        String hook = env.getOrDefault("TELEGRAM_WEBHOOK_URL", "").strip();
        String secret = env.getOrDefault("TELEGRAM_WEBHOOK_SECRET", "").strip();
        if (!hook.isEmpty() && secret.isEmpty()) secret = WebServer.freshSecret(); // setWebhook hands it to Telegram on every start
        int timeout = Integer.parseInt(env.getOrDefault("TELEGRAM_POLL_TIMEOUT", "25").strip());
        return Optional.of(new TelegramSettings(token, api, hook.isEmpty() ? null : URI.create(hook),
                secret.isEmpty() ? null : secret, timeout));
    }

    public boolean webhook() {
        return webhookUrl != null;
    }

    TelegramUrl telegramUrl() {
        boolean https = "https".equalsIgnoreCase(apiUrl.getScheme());
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : https ? 443 : 80;
        return new TelegramUrl(https ? "https" : "http", apiUrl.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramSettings[api=" + apiUrl + ", webhook=" + webhookUrl + "]"; // never the token or the secret
    }
}
