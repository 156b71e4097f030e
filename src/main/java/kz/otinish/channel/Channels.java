package kz.otinish.channel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import kz.otinish.channel.aitu.AituChannel;
import kz.otinish.channel.aitu.AituSettings;
import kz.otinish.channel.http.HttpChat;
import kz.otinish.channel.http.OperatorApi;
import kz.otinish.channel.http.WebServer;
import kz.otinish.channel.telegram.TelegramChannel;
import kz.otinish.channel.telegram.TelegramSettings;
import kz.otinish.dialog.Texts;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messengers the environment asks for, all on one dialog and one database: Telegram when
 * {@code TELEGRAM_BOT_TOKEN} is set, Aitu when {@code AITU_BOT_TOKEN} is, and the HTTP server (health,
 * webhooks, the chat API) when {@code HTTP_PORT} is set or a webhook (Telegram's or Aitu's) needs it.
 */
public final class Channels implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Channels.class);
    private final List<AutoCloseable> running = new ArrayList<>();
    private final Set<String> messengers = new LinkedHashSet<>();

    private Channels() {}

    /** True when the environment configures any messenger or the HTTP server. */
    public static boolean configured(Map<String, String> env) {
        return TelegramSettings.fromEnvironment(env).isPresent() || AituSettings.fromEnvironment(env).isPresent()
                || !env.getOrDefault("HTTP_PORT", "").isBlank();
    }

    /**
     * {@code health} are the named checks /health reports, such as the database and the FAQ index; {@code pages} adds
     * routes of other capabilities (the admin console) to the HTTP server, when it runs, before it starts.
     */
    public static Channels start(Map<String, String> env, Core core, Jdbi jdbi, Texts texts,
                                 Map<String, BooleanSupplier> health, Consumer<WebServer> pages) throws Exception {
        Channels channels = new Channels();
        try {
            var telegram = TelegramSettings.fromEnvironment(env);
            String port = env.getOrDefault("HTTP_PORT", "").strip();
            boolean webhook = telegram.map(TelegramSettings::webhook).orElse(false);
            var aitu = AituSettings.fromEnvironment(env);
            boolean aituWebhook = aitu.map(AituSettings::webhook).orElse(false);
            WebServer web = null;
            if (!port.isEmpty() || webhook || aituWebhook) {
                web = new WebServer();
                health.forEach(web::health);
                String chatToken = env.getOrDefault("HTTP_CHAT_TOKEN", "").strip();
                if (!chatToken.isEmpty()) HttpChat.mount(web, core, jdbi, chatToken);
                String operatorToken = env.getOrDefault("OPERATOR_TOKEN", "").strip();
                if (!operatorToken.isEmpty()) OperatorApi.mount(web, jdbi, texts, operatorToken);
                pages.accept(web);
            }
            TelegramChannel bot = null;
            if (telegram.isPresent()) {
                bot = TelegramChannel.start(telegram.get(), core, jdbi, texts, web);
                channels.running.add(bot);
                channels.messengers.add(TelegramChannel.CHANNEL);
            }
            AituChannel aituBot = null;
            if (aitu.isPresent()) {
                aituBot = AituChannel.start(aitu.get(), core, jdbi, web); // before the server starts: it adds its route
                channels.running.add(aituBot);
                channels.messengers.add(AituChannel.CHANNEL);
            }
            if (web != null) {
                web.start(env.getOrDefault("HTTP_HOST", "0.0.0.0").strip(), port.isEmpty() ? 8080 : Integer.parseInt(port));
                channels.running.addFirst(web); // closed first: no new requests while the rest shuts down
                log.info("http: listening on port {}", web.port());
            }
            if (webhook) bot.registerWebhook(telegram.get()); // only once the route can answer
            if (aituWebhook) aituBot.registerWebhook();
            return channels;
        } catch (Exception e) {
            channels.close();
            throw e;
        }
    }

    /** The messengers running ("telegram", "aitu"): those the bot can write to first, with a reminder. */
    public Set<String> messengers() {
        return Set.copyOf(messengers);
    }

    /** Stops every channel; each finishes what it has in flight. */
    @Override
    public void close() {
        for (AutoCloseable c : running) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("closing {} failed: {}", c.getClass().getSimpleName(), e.getClass().getSimpleName());
            }
        }
    }
}
