package kz.otinish.dialog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import kz.otinish.Lang;
import kz.otinish.storage.Retention;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every message is handled, whatever the messenger: an {@link Incoming} becomes {@link Reply}s.
 * Commands, menu items typed instead of pressed ({@link TypedMenu}) and the language are settled here; everything
 * else goes to the chat's current {@link Flow}, except text in the main chat that another flow
 * {@linkplain Flow#claims claims} (a bare place name starts "find an akimat").
 * Each event is one database transaction: the conversation's new state, what the flow wrote and the
 * delivery's id commit together, or not at all.
 */
public final class Dialog {
    private static final Logger log = LoggerFactory.getLogger(Dialog.class);
    /** One line per event, under a name of its own: collectors keep it, the console chat (a person's terminal) turns it off. */
    private static final Logger events = LoggerFactory.getLogger("kz.otinish.events");
    /** Telegram's deep-link payload alphabet and length, which every channel follows. */
    private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String PENDING_START = "pending_start";
    private static final String PENDING_QUESTION = "pending_question";
    /** The flow /status opens ("/status 123" shows the appeal numbered 123): "My appeals". */
    private static final String STATUS_FLOW = "appeals";

    private final Jdbi jdbi;
    private final Texts texts;
    private final AskFlow ask;
    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private final TypedMenu typedMenu;
    private final List<Consumer<ChatRef>> forgetting = new CopyOnWriteArrayList<>();
    /** The admin console's one-time sign-in link for a chat that is an admin's; none for everyone else. */
    private volatile Function<ChatRef, Optional<String>> signInLink = chat -> Optional.empty();

    /** {@code others} are the flows besides questions, in main-menu order. */
    public Dialog(Jdbi jdbi, Texts texts, AskFlow ask, List<Flow> others) {
        this.jdbi = jdbi;
        this.texts = texts;
        this.ask = ask;
        flows.put(ask.name(), ask);
        for (Flow f : others) flows.put(f.name(), f);
        List<String> items = new ArrayList<>(flows.keySet());
        items.addAll(List.of("lang", "help"));
        this.typedMenu = new TypedMenu(texts, items);
    }

    /**
     * The record of handled deliveries is kept for {@code keep} ({@code OTINISH_DELIVERY_DAYS}, default 14):
     * messengers redeliver within minutes or hours, so two weeks leaves a wide margin.
     */
    public static Retention.Rule deliveryRetention(Duration keep) {
        return new Retention.Rule("handled deliveries", keep, Conversations::forgetDeliveriesBefore);
    }

    public List<Reply> handle(Incoming in) {
        return handle(in, null);
    }

    /**
     * Handles {@code in} once: a {@code deliveryId} already recorded for the channel (a redelivered
     * update) yields no replies and changes nothing.
     */
    public List<Reply> handle(Incoming in, String deliveryId) {
        return handle(in, deliveryId, (h, out) -> {});
    }

    /**
     * As {@link #handle(Incoming, String)}, and {@code alongside} receives the replies inside the event's
     * transaction, so that a channel can queue them for sending (its outbox) in the same commit as the
     * state change: then no crash can leave an event handled but its answer lost. It is not called for a
     * repeated delivery, nor for an event that failed and was rolled back.
     */
    /**
     * {@code forget} runs after a user's /forget has been committed, for what a channel keeps outside the database
     * (the console chat's PDFs on disk).
     */
    public void onForget(Consumer<ChatRef> forget) {
        forgetting.add(forget);
    }

    /** /admin answers an admin with {@code link}'s address; to anyone else it is a command like any unknown one. */
    public void signInLinks(Function<ChatRef, Optional<String>> link) {
        this.signInLink = link;
    }

    public List<Reply> handle(Incoming received, String deliveryId, BiConsumer<Handle, List<Reply>> alongside) {
        Incoming in = received.storable();
        long t0 = System.nanoTime();
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                List<Reply> replies = attempt(in, deliveryId, alongside);
                handled(in, t0, replies.isEmpty() && deliveryId != null ? "repeated" : "handled");
                return replies;
            } catch (RuntimeException e) {
                // The database away is no reason of this update's own: it was not handled, and the channel must not
                // confirm it, so that the messenger delivers it again (Telegram's offset stays, a webhook gets 5xx).
                if (DatabaseUnavailable.causes(e)) {
                    handled(in, t0, "unavailable");
                    throw new DatabaseUnavailable(e, Reply.text(bilingual("error.unavailable")));
                }
                failure = e;
                pause(attempt);
            }
        }
        // The same failure every time (a conflict with another transaction would have passed by now): park the
        // event so that it cannot hold up its chat, tell the user, and let admins see why.
        park(in, deliveryId, failure);
        handled(in, t0, "parked");
        return List.of(Reply.text(bilingual("error.internal")));
    }

    /**
     * One log line and one timing per event: its channel, kind, outcome (handled, repeated, unavailable, parked) and
     * latency, never who sent it or what it said.
     */
    private static void handled(Incoming in, long t0, String outcome) {
        long nanos = System.nanoTime() - t0;
        Timer.builder("otinish.events").description("events handled by the dialog, from arrival to commit")
                .tag("channel", in.chat().channel()).tag("outcome", outcome).publishPercentileHistogram()
                .register(Metrics.globalRegistry).record(nanos, TimeUnit.NANOSECONDS);
        events.info("event channel={} kind={} outcome={} ms={}", in.chat().channel(), in.kind(), outcome, nanos / 1_000_000);
    }

    /** Tries an event that failed again this many times in all before parking it. */
    private static final int ATTEMPTS = 3;

    private List<Reply> attempt(Incoming in, String deliveryId, BiConsumer<Handle, List<Reply>> alongside) {
        boolean[] forgotten = {false};
        List<Reply> replies = jdbi.inTransaction(h -> {
            Optional<Session> opened = Conversations.open(h, in.chat(), deliveryId, texts, this, ask.name());
            if (opened.isEmpty()) return List.<Reply>of(); // a redelivered update, handled before
            Session s = opened.get();
            List<Reply> out = route(s, in);
            if (!s.forgotten()) {
                ShownButtons.remember(s.state(), out);
                Conversations.save(h, s);
            }
            forgotten[0] = s.forgotten();
            alongside.accept(h, out);
            return out;
        });
        if (forgotten[0]) forgetting.forEach(f -> f.accept(in.chat()));
        return replies;
    }

    private static void pause(int attempt) {
        if (attempt == ATTEMPTS) return;
        try {
            Thread.sleep(50L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Records the failed event without who sent it or what it said (both may be personal): its channel, kind and the
     * failure's type and place, which is what a programmer needs from {@code otinish usage}. The delivery is marked
     * handled, so a redelivery is not failed and apologised for again.
     */
    private void park(Incoming in, String deliveryId, RuntimeException e) {
        String reason = e.getClass().getName() + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        // The exception's message may quote bound values (personal data): its type and place only.
        log.error("Event on {} failed {} times and was parked: {}", in.chat().channel(), ATTEMPTS, reason);
        try {
            jdbi.useTransaction(h -> {
                if (deliveryId != null) Conversations.firstDelivery(h, in.chat().channel(), deliveryId);
                h.createUpdate("insert into parked_events (channel, kind, reason) values (:channel, :kind, :reason)")
                        .bind("channel", in.chat().channel()).bind("kind", in.kind()).bind("reason", reason).execute();
            });
        } catch (RuntimeException again) {
            log.error("Parking the failed event on {} failed too: {}", in.chat().channel(), again.getClass().getName());
        }
    }

    private List<Reply> route(Session s, Incoming in) {
        if (in.isText() && in.text().startsWith("/")) {
            return command(s, in.text().strip());
        }
        if (in.isText()) {
            Optional<String> label = ShownButtons.pressed(s.state(), in.text());
            if (label.isPresent()) in = Incoming.button(in.chat(), label.get());
        }
        if (in.isButton()) {
            Optional<List<Reply>> own = dialogButton(s, in.button());
            if (own.isPresent()) return own.get();
        }
        if (s.lang() == null) {
            return chooseLanguageFirst(s, in);
        }
        Flow current = flows.getOrDefault(s.flow(), ask);
        Optional<String> typed = in.isText() ? typedMenu.item(in.text()) : Optional.empty();
        if (typed.isPresent() && typed.get().equals(TypedMenu.MENU)) return command(s, "/menu");
        if (typed.isPresent() && typed.get().equals(TypedMenu.FORGET)) return command(s, "/forget");
        if (typed.isPresent() && typed.get().equals(TypedMenu.BACK)) return current.back(s).orElseGet(() -> command(s, "/menu"));
        if (typed.isPresent() && current == ask) return dialogButton(s, "menu:" + typed.get()).orElseThrow();
        if (current == ask && in.isText()) {
            for (Flow f : flows.values()) {
                if (f != ask && f.claims(in.text())) {
                    s.reset(f.name(), new HashMap<>());
                    return f.start(s, in.text());
                }
            }
        }
        if (in.isButton()) {
            String prefix = in.button().contains(":") ? in.button().substring(0, in.button().indexOf(':')) : "";
            Flow target = flows.get(prefix);
            if (target == null) return List.of(Reply.text(s.t("error.stale_button")), mainMenu(s));
            if (target != current) {
                s.reset(target.name(), new HashMap<>());
                current = target;
            }
        }
        return current.handle(s, in);
    }

    private List<Reply> command(Session s, String text) {
        String[] parts = text.split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at > 0) name = name.substring(0, at); // "/start@OtinishBot" in group chats
        String arg = parts.length > 1 ? parts[1].strip() : "";
        if (s.lang() == null && !name.equals("/start") && !name.equals("/language") && !name.equals("/forget")) {
            return List.of(languageChoice());
        }
        return switch (name) {
            case "/start" -> start(s, arg);
            case "/menu" -> {
                s.reset(ask.name(), new HashMap<>());
                yield List.of(mainMenu(s));
            }
            case "/cancel" -> {
                String said = flows.getOrDefault(s.flow(), ask).cancel(s);
                s.reset(ask.name(), new HashMap<>());
                yield List.of(Reply.text(s.t(said)), mainMenu(s));
            }
            case "/help" -> List.of(help(s));
            case "/admin" -> signInLink.apply(s.chat()).map(url -> List.of(Reply.text(s.t("admin.link", "url", url))))
                    .orElseGet(() -> List.of(Reply.text(s.t("dialog.unknown_command")), mainMenu(s)));
            case "/status" -> flows.containsKey(STATUS_FLOW) ? enter(s, STATUS_FLOW, arg) : List.of(mainMenu(s));
            case "/language" -> List.of(languageChoice());
            case "/forget" -> List.of(Reply.withButtons(s.lang() == null ? bilingual("forget.confirm") : s.t("forget.confirm"),
                    List.of(List.of(new Button(label(s, "forget.yes"), "forget:yes"), new Button(label(s, "forget.no"), "forget:no")))));
            default -> List.of(Reply.text(s.lang() == null ? bilingual("dialog.unknown_command") : s.t("dialog.unknown_command")), mainMenu(s));
        };
    }

    /** /start with a deep-link payload: kk, ru, faq-ID, appeal, akimat-PLACE, or a flow's name. */
    private List<Reply> start(Session s, String payload) {
        if (!payload.isEmpty() && !PAYLOAD.matcher(payload).matches()) payload = "";
        Optional<Lang> lang = Lang.fromCode(payload);
        if (lang.isPresent()) {
            s.setLang(lang.get());
            s.reset(ask.name(), new HashMap<>());
            return List.of(Reply.text(s.t("dialog.welcome")), mainMenu(s));
        }
        if (s.lang() == null) {
            s.reset(ask.name(), new HashMap<>());
            if (!payload.isEmpty()) s.state().put(PENDING_START, payload);
            return List.of(languageChoice());
        }
        if (payload.isEmpty()) {
            s.reset(ask.name(), new HashMap<>());
            return List.of(Reply.text(s.t("dialog.welcome")), mainMenu(s));
        }
        return deepLink(s, payload);
    }

    private List<Reply> deepLink(Session s, String payload) {
        int dash = payload.indexOf('-');
        String flow = dash < 0 ? payload : payload.substring(0, dash);
        String arg = dash < 0 ? "" : payload.substring(dash + 1).replace('_', ' ').replace('-', ' ');
        if (flow.equals("faq")) flow = ask.name();
        if (!flows.containsKey(flow)) return List.of(Reply.text(s.t("dialog.welcome")), mainMenu(s));
        return enter(s, flow, arg);
    }

    /** Buttons that belong to the dialog itself: language, main menu, /forget's confirmation. */
    private Optional<List<Reply>> dialogButton(Session s, String data) {
        if (data.startsWith("lang:")) {
            Optional<Lang> lang = Lang.fromCode(data.substring(5));
            if (lang.isEmpty()) return Optional.of(List.of(languageChoice()));
            return Optional.of(languageChosen(s, lang.get()));
        }
        if (data.startsWith("forget:")) {
            if (!data.equals("forget:yes")) {
                return Optional.of(List.of(Reply.text(s.lang() == null ? bilingual("forget.kept") : s.t("forget.kept"))));
            }
            String done = s.lang() == null ? bilingual("forget.done") : s.t("forget.done");
            Conversations.forget(s.db(), s.chat());
            s.forget();
            return Optional.of(List.of(Reply.text(done)));
        }
        if (s.lang() == null || !data.startsWith("menu:")) return Optional.empty();
        String item = data.substring(5);
        return Optional.of(switch (item) {
            case "lang" -> List.of(languageChoice());
            case "help" -> List.of(help(s));
            default -> flows.containsKey(item) ? enter(s, item, "") : List.of(mainMenu(s));
        });
    }

    private List<Reply> chooseLanguageFirst(Session s, Incoming in) {
        if (in.isText()) {
            Optional<Lang> typed = Lang.fromCode(in.text());
            if (typed.isPresent()) return languageChosen(s, typed.get());
            // Keep the question: it is answered as soon as the language is chosen.
            if (!in.text().isBlank()) s.state().put(PENDING_QUESTION, in.text().strip());
        }
        return List.of(languageChoice());
    }

    private List<Reply> languageChosen(Session s, Lang lang) {
        boolean first = s.lang() == null;
        s.setLang(lang);
        String pendingStart = s.state().remove(PENDING_START);
        String pendingQuestion = s.state().remove(PENDING_QUESTION);
        List<Reply> out = new ArrayList<>();
        out.add(Reply.text(s.t(first ? "dialog.welcome" : "dialog.language_set")));
        if (pendingStart != null) {
            out.addAll(deepLink(s, pendingStart));
        } else if (pendingQuestion != null) {
            s.reset(ask.name(), new HashMap<>());
            out.addAll(ask.handle(s, Incoming.text(s.chat(), pendingQuestion)));
        } else if (!first && !s.flow().equals(ask.name()) && flows.containsKey(s.flow())) {
            // A switch in the middle of a flow (an appeal, say) picks the flow up again in the new language.
            out.addAll(enter(s, s.flow(), ""));
        } else {
            out.add(mainMenu(s));
        }
        return out;
    }

    List<Reply> enter(Session s, String flow, String argument) {
        Flow f = flows.get(flow);
        if (f == null) return List.of(mainMenu(s));
        s.reset(f.name(), new HashMap<>());
        return f.start(s, argument);
    }

    void leave(Session s) {
        s.reset(ask.name(), new HashMap<>());
    }

    List<Reply> finish(Session s, List<Reply> last) {
        s.reset(ask.name(), new HashMap<>());
        List<Reply> out = new ArrayList<>(last);
        out.add(mainMenu(s));
        return out;
    }

    Optional<List<Reply>> answerIfQuestion(Session s, String text) {
        return ask.answerIfQuestion(s, text);
    }

    /** Text the main chat understands (a question, a greeting, a topic it knows), handled there; the flow is left. */
    Optional<List<Reply>> inMainChat(Session s, Incoming in) {
        if (!in.isText() || !ask.understands(in.text())) return Optional.empty();
        s.reset(ask.name(), new HashMap<>());
        return Optional.of(ask.handle(s, in));
    }

    Reply mainMenu(Session s) {
        List<Button> items = new ArrayList<>();
        for (String name : flows.keySet()) items.add(new Button(s.t("menu." + name), "menu:" + name));
        items.add(new Button(s.t("menu.lang"), "menu:lang"));
        items.add(new Button(s.t("menu.help"), "menu:help"));
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 2) rows.add(items.subList(i, Math.min(i + 2, items.size())));
        return Reply.withButtons(s.t("menu.title"), rows);
    }

    private Reply help(Session s) {
        return Reply.text(s.t("dialog.help"));
    }

    private Reply languageChoice() {
        return Reply.withButtons(bilingual("dialog.choose_language"),
                List.of(List.of(new Button("Қазақша", "lang:kk"), new Button("Русский", "lang:ru"))));
    }

    private String label(Session s, String key) {
        return s.lang() == null ? texts.get(Lang.KK, key) + " / " + texts.get(Lang.RU, key) : s.t(key);
    }

    /** Before the language is known, the bot speaks both. */
    private String bilingual(String key) {
        return texts.get(Lang.KK, key) + "\n\n" + texts.get(Lang.RU, key);
    }
}
