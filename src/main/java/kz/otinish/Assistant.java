package kz.otinish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kz.otinish.akimat.AkimatDirectory;
import kz.otinish.akimat.PlaceMatcher;
import kz.otinish.appeal.AppealFlow;
import kz.otinish.appeal.AppealForm;
import kz.otinish.appeal.Drafts;
import kz.otinish.dialog.AkimatFlow;
import kz.otinish.dialog.AskFlow;
import kz.otinish.dialog.Dialog;
import kz.otinish.dialog.Flow;
import kz.otinish.dialog.Texts;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.knowledge.Facts;
import kz.otinish.knowledge.Problem;
import kz.otinish.search.FaqCorpus;
import kz.otinish.storage.Database;
import kz.otinish.storage.Retention;
import kz.otinish.tracking.TrackingFlow;
import kz.otinish.tracking.WorkCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assembled bot: content, FAQ index, database and the dialog over them. Every channel and
 * every command that talks like the bot starts from here, so they all behave the same.
 */
public final class Assistant implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Assistant.class);
    private final Texts texts;
    private final FaqCorpus faq;
    private final Database database;
    private final Dialog dialog;
    private final Retention retention;
    private final AutoCloseable knowledgeWatch;
    private final WorkCalendar calendar;

    /** Appeals are dated in Kazakhstan's time, whatever the server's zone. */
    private static final Clock APPEAL_CLOCK = Clock.system(ZoneId.of("Asia/Almaty"));
    /** Far beyond any messenger's redelivery window (minutes to hours). */
    private static final Duration DELIVERY_KEEP = Duration.ofDays(14);

    private Assistant(ContentRoot content, Texts texts, FaqCorpus faq, Database database, List<Retention.Rule> kept)
            throws IOException {
        this.texts = texts;
        this.faq = faq;
        this.database = database;
        AskFlow ask = new AskFlow(faq::current);
        AppealForm form = AppealForm.load(content.bot());
        AkimatDirectory akimats = akimats(content);
        PlaceMatcher places = new PlaceMatcher(akimats);
        List<Problem> problems = new ArrayList<>();
        int term = Facts.load(content.knowledgeBase(), problems).number("review_deadline", "working_days");
        this.calendar = WorkCalendar.load(content.knowledgeBase());
        TrackingFlow tracking = new TrackingFlow(form, calendar, term, APPEAL_CLOCK, places);
        List<Flow> others = List.of(new AppealFlow(form, APPEAL_CLOCK, places), new AkimatFlow(places), tracking);
        this.dialog = new Dialog(database.jdbi(), texts, ask, others);
        this.retention = Retention.daily(database.jdbi(), kept);
        this.knowledgeWatch = faq.watch();
    }

    /** The akimat directory; a unit with a problem is left out and logged (file:line, no personal data), the rest serve. */
    private static AkimatDirectory akimats(ContentRoot content) {
        AkimatDirectory.Loaded loaded = AkimatDirectory.load(content);
        loaded.problems().forEach(p -> log.warn("{}", p));
        return loaded.directory();
    }

    public static Assistant start(ContentRoot content, Database database) {
        return start(content, database, Map.of());
    }

    /**
     * {@code env} may set how long rows are kept: {@code OTINISH_DRAFT_DAYS} for untouched appeal drafts,
     * {@code OTINISH_DELIVERY_DAYS} for the record of handled deliveries (and the chat API's replies with it).
     */
    public static Assistant start(ContentRoot content, Database database, Map<String, String> env) {
        return start(content, database, FaqCorpus.load(content.knowledgeBase()), env);
    }

    private static Assistant start(ContentRoot content, Database database, FaqCorpus faq, Map<String, String> env) {
        List<Retention.Rule> kept = List.of(
                Drafts.retention(Retention.days(env, "OTINISH_DRAFT_DAYS", Drafts.DEFAULT_KEEP)),
                Dialog.deliveryRetention(Retention.days(env, "OTINISH_DELIVERY_DAYS", DELIVERY_KEEP)));
        try {
            return new Assistant(content, Texts.load(content), faq, database, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Assistant fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, false);
    }

    /** {@code bot}: the bot itself (run, chat), alone on its data folder; otherwise a command that may share it. */
    public static Assistant fromEnvironment(Map<String, String> env, boolean bot) {
        ContentRoot content = ContentRoot.locate();
        // The FAQ index and the database both take a moment to start: build one while the other comes up.
        CompletableFuture<FaqCorpus> faq = CompletableFuture.supplyAsync(() -> FaqCorpus.load(content.knowledgeBase()));
        Database database = Database.fromEnvironment(env, bot);
        try {
            return start(content, database, faq.join(), env);
        } catch (RuntimeException e) {
            database.close();
            throw e instanceof CompletionException c && c.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public Dialog dialog() {
        return dialog;
    }

    public FaqCorpus faq() {
        return faq;
    }

    public Texts texts() {
        return texts;
    }

    public Database database() {
        return database;
    }

    /** Kazakhstan's working days, for due dates and reminders. */
    public WorkCalendar calendar() {
        return calendar;
    }

    /** The clock appeals are dated and reminders timed by: Kazakhstan's. */
    public static Clock clock() {
        return APPEAL_CLOCK;
    }

    @Override
    public void close() {
        try {
            knowledgeWatch.close();
        } catch (Exception e) {
            log.warn("Stopping the knowledge-base watch failed: {}", e.getClass().getName());
        }
        retention.close();
        database.close();
    }
}
