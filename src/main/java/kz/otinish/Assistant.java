package kz.otinish;

import java.io.IOException;
import java.nio.file.Path;
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
import kz.otinish.knowledge.CorpusFiles;
import kz.otinish.knowledge.KnowledgeVersions;
import kz.otinish.knowledge.PublishedVersion;
import kz.otinish.knowledge.Facts;
import kz.otinish.knowledge.Problem;
import kz.otinish.search.FaqCorpus;
import kz.otinish.search.ModelCache;
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
    private final KnowledgeVersions versions;
    private final PublishedVersion published;
    /** The folder the version in service was written to, when it is not knowledge-base/ itself; deleted when replaced. */
    private volatile Path materialized;
    private final WorkCalendar calendar;

    /** Appeals are dated in Kazakhstan's time, whatever the server's zone. */
    private static final Clock APPEAL_CLOCK = Clock.system(ZoneId.of("Asia/Almaty"));
    /** Far beyond any messenger's redelivery window (minutes to hours). */
    private static final Duration DELIVERY_KEEP = Duration.ofDays(14);

    private Assistant(ContentRoot content, Texts texts, FaqCorpus faq, Database database, List<Retention.Rule> kept,
                      KnowledgeVersions versions, Served served) throws IOException {
        this.versions = versions;
        this.materialized = served.materialized();
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
        this.published = PublishedVersion.follow(database.jdbi(), versions, served.version(), this::serve);
    }

    /**
     * The knowledge base in service: the published version, read from {@code knowledgeBase} itself when it holds the
     * same files (the usual case), else written to a folder of its own ({@code materialized}).
     */
    private record Served(long version, Path folder, Path materialized) {}

    private static Served served(KnowledgeVersions versions, Path knowledgeBase) {
        long id = versions.publishedOrImport(knowledgeBase);
        if (versions.digest(id).equals(CorpusFiles.read(knowledgeBase).digest())) return new Served(id, knowledgeBase, null);
        Path dir = versions.materialize(id);
        return new Served(id, dir, dir);
    }

    /**
     * A version published (here or by another instance): the FAQ search switches to it at once; facts, the calendar,
     * the akimat directory and bot/ texts are read at start, so they follow at the next start.
     */
    private void serve(long version) {
        Path dir = versions.materialize(version);
        List<Problem> problems = faq.reload(dir);
        if (!problems.isEmpty()) {
            problems.forEach(p -> log.warn("{}", p));
            KnowledgeVersions.delete(dir);
            return;
        }
        Path before = materialized;
        materialized = dir;
        if (before != null) KnowledgeVersions.delete(before);
        log.info("Knowledge base version {} in service", version);
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
        return start(content, database, CompletableFuture.completedFuture(FaqCorpus.load(content.knowledgeBase())), env);
    }

    /** {@code faq}: the FAQ built from {@code content}'s knowledge base, rebuilt when the published version differs. */
    private static Assistant start(ContentRoot content, Database database, CompletableFuture<FaqCorpus> faq, Map<String, String> env) {
        List<Retention.Rule> kept = List.of(
                Drafts.retention(Retention.days(env, "OTINISH_DRAFT_DAYS", Drafts.DEFAULT_KEEP)),
                Dialog.deliveryRetention(Retention.days(env, "OTINISH_DELIVERY_DAYS", DELIVERY_KEEP)));
        KnowledgeVersions versions = new KnowledgeVersions(database.jdbi());
        Served served = served(versions, content.knowledgeBase());
        try {
            FaqCorpus corpus = faq.join();
            if (served.materialized() != null) {
                List<Problem> problems = corpus.reload(served.folder());
                if (!problems.isEmpty()) throw new IllegalStateException("the published knowledge base has problems: " + problems);
            }
            ContentRoot inService = new ContentRoot(content.bot(), served.folder());
            return new Assistant(inService, Texts.load(inService), corpus, database, kept, versions, served);
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
        // The FAQ index and the database both take a moment to start: build one while the other comes up. The intent
        // model, most of the FAQ's build, is kept in the data folder for the next start.
        ModelCache models = ModelCache.inDataFolder(env);
        CompletableFuture<FaqCorpus> faq = CompletableFuture.supplyAsync(() -> FaqCorpus.load(content.knowledgeBase(), models));
        Database database = Database.fromEnvironment(env, bot);
        try {
            return start(content, database, faq, env);
        } catch (RuntimeException e) {
            database.close();
            throw e instanceof CompletionException c && c.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public Dialog dialog() {
        return dialog;
    }

    /** The knowledge base's versions: drafts, publishing, history. */
    public KnowledgeVersions knowledgeVersions() {
        return versions;
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
        published.close();
        if (materialized != null) KnowledgeVersions.delete(materialized);
        retention.close();
        database.close();
    }
}
