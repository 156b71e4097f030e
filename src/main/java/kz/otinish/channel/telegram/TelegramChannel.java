package kz.otinish.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kz.otinish.channel.Core;
import kz.otinish.channel.Courier;
import kz.otinish.storage.Exclusive;
import kz.otinish.channel.SendRate;
import kz.otinish.channel.http.WebServer;
import kz.otinish.Lang;
import kz.otinish.dialog.Texts;
import okhttp3.OkHttpClient;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The bot on Telegram: long polling by default, a webhook when {@code TELEGRAM_WEBHOOK_URL} is set.
 * It translates and transports; every decision is the dialog's.
 */
public final class TelegramChannel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** The menu Telegram shows under "/"; each description is {@code commands.<name>} in bot/texts.*.yaml. */
    /** The channel name of Telegram chats ("telegram"). */
    public static final String CHANNEL = TelegramUpdates.CHANNEL;
    private static final List<String> COMMANDS = List.of("start", "menu", "status", "help", "language", "cancel", "forget");

    private final OkHttpClient http;
    private final OkHttpClient pollHttp;
    private final OkHttpTelegramClient client;
    private final Courier courier;
    private final TelegramPolling polling;
    /** One long-polling process per bot token and database. */
    private final Exclusive pollingAlone;
    private final Thread pollingThread;

    private TelegramChannel(TelegramSettings settings, Core core, Jdbi jdbi, Texts texts, WebServer web, SendRate rate) {
        // Before anything is sent: a second poller would also send the outbox, and every waiting reply twice.
        pollingAlone = settings.webhook() ? null : Exclusive.onDatabase(jdbi, "telegram polling " + settings.token(),
                "another process already polls Telegram for this bot on this database: Telegram gives each update to one"
                        + " poller, so two would split the chats between them. Stop it, or use the webhook for several processes.");
        http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(settings.pollTimeoutSeconds() + 15L))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
        client = new OkHttpTelegramClient(http, settings.token(), settings.telegramUrl());
        // The long poll has a client of its own, so that shutdown can cut it short without cutting off
        // the replies still being sent.
        pollHttp = http.newBuilder().dispatcher(new okhttp3.Dispatcher()).build();
        courier = new Courier(TelegramUpdates.CHANNEL, core, jdbi, new TelegramMessenger(client), rate);
        courier.resume();
        if (texts != null) publishCommands(texts);
        if (settings.webhook()) {
            if (web == null) throw new IllegalStateException("TELEGRAM_WEBHOOK_URL needs the HTTP server (HTTP_PORT)");
            String secret = settings.webhookSecret();
            web.post(settings.webhookUrl().getPath().isEmpty() ? "/" : settings.webhookUrl().getPath(),
                    ctx -> receive(ctx, secret));
            polling = null;
            pollingThread = null;
        } else {
            polling = new TelegramPolling(new OkHttpTelegramClient(pollHttp, settings.token(), settings.telegramUrl()),
                    settings.pollTimeoutSeconds(), this::dispatch);
            pollingThread = new Thread(polling, "telegram-polling");
        }
    }

    /**
     * Starts the bot on Telegram. In webhook mode the route is added to {@code web}, which the caller
     * starts afterwards; then {@link #registerWebhook} tells Telegram where to send updates.
     */
    public static TelegramChannel start(TelegramSettings settings, Core core, Jdbi jdbi, Texts texts, WebServer web) {
        return start(settings, core, jdbi, texts, web, SendRate.chatDefaults());
    }

    /** With another pace: conversation tests answer faster than any person types. */
    static TelegramChannel start(TelegramSettings settings, Core core, Jdbi jdbi, Texts texts, WebServer web, SendRate rate) {
        TelegramChannel channel = new TelegramChannel(settings, core, jdbi, texts, web, rate);
        if (channel.pollingThread != null) {
            try {
                channel.client.execute(new DeleteWebhook(false)); // getUpdates refuses to work while a webhook is set
            } catch (TelegramApiException e) {
                log.warn("telegram: could not remove an old webhook: {}", TelegramMessenger.refusal(e).getMessage());
            }
            channel.pollingThread.start();
            log.info("telegram: long polling started");
        }
        return channel;
    }

    /** Webhook mode: hands Telegram the URL and the secret it must send back with every update. */
    public void registerWebhook(TelegramSettings settings) throws TelegramApiException {
        client.execute(SetWebhook.builder().url(settings.webhookUrl().toString()).secretToken(settings.webhookSecret())
                .allowedUpdates(TelegramPolling.ALLOWED).build());
        log.info("telegram: webhook registered at {}", settings.webhookUrl().getHost());
    }

    private CompletableFuture<Void> dispatch(Update u) {
        Optional<TelegramUpdates.Arrival> arrival = TelegramUpdates.read(u);
        if (arrival.isEmpty()) return CompletableFuture.completedFuture(null);
        var a = arrival.get();
        return courier.deliver(a.chatId(), deliveryId(u), a.incoming(), () -> a.courtesy(client));
    }

    /**
     * The update id, plus what makes it unique for good: Telegram restarts its ids at random after a week
     * without updates, and a reused id must not pass for a delivery already handled.
     */
    static String deliveryId(Update u) {
        if (u.getCallbackQuery() != null) return u.getUpdateId() + "/" + u.getCallbackQuery().getId();
        if (u.getMessage() != null) return u.getUpdateId() + "/" + u.getMessage().getDate();
        return u.getUpdateId().toString();
    }

    private static final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * One webhook call. The secret is checked first, in constant time; Telegram gets 200 only once the
     * update is committed, so anything else makes it deliver the update again (the dialog drops repeats).
     */
    private void receive(Context ctx, String secret) throws Exception {
        int refused = WebServer.refusal(ctx.header(SECRET_HEADER), secret);
        if (refused != 0) {
            ctx.status(refused);
            return;
        }
        Update update;
        try {
            update = json.readValue(WebServer.body(ctx), Update.class);
        } catch (java.io.IOException e) {
            ctx.status(400);
            return;
        }
        if (update == null) { // a body of "null": nothing to handle, and no stack trace in the log
            ctx.status(400);
            return;
        }
        try {
            dispatch(update).get(60, TimeUnit.SECONDS);
            ctx.status(200);
        } catch (Exception e) {
            log.warn("telegram: webhook update {} not handled: {}", update.getUpdateId(), e.getClass().getSimpleName());
            ctx.status(500);
        }
    }

    private void publishCommands(Texts texts) {
        try {
            for (Lang lang : Lang.values()) client.execute(commands(texts, lang).languageCode(lang.code()).build());
            // Users whose Telegram speaks neither language see the Russian menu, the one most of them read.
            client.execute(commands(texts, Lang.RU).build());
        } catch (TelegramApiException e) {
            log.warn("telegram: the command menu was not published: {}", TelegramMessenger.refusal(e).getMessage());
        }
    }

    private static SetMyCommands.SetMyCommandsBuilder<?, ?> commands(Texts texts, Lang lang) {
        return SetMyCommands.builder().commands(COMMANDS.stream()
                .map(c -> new BotCommand(c, texts.get(lang, "commands." + c))).toList());
    }

    /** Stops taking updates, finishes those in flight, and leaves unsent replies in the outbox. */
    @Override
    public void close() {
        if (polling != null) {
            polling.stop();
            pollHttp.dispatcher().cancelAll(); // ends the long poll now instead of after its timeout
            try {
                pollingThread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        courier.close();
        if (pollingAlone != null) pollingAlone.close();
        http.dispatcher().executorService().shutdown();
        pollHttp.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
