package kz.otinish.admin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kz.otinish.Lang;
import kz.otinish.channel.http.WebServer;
import kz.otinish.dialog.Texts;
import kz.otinish.knowledge.CorpusFiles;
import kz.otinish.knowledge.EntryEdit;
import kz.otinish.knowledge.KnowledgeVersions;
import kz.otinish.knowledge.Problem;
import kz.otinish.search.FaqCorpus;
import kz.otinish.search.FaqResult;
import kz.otinish.search.FaqSearch;

/**
 * The admin console under {@code /admin} on the bot's HTTP server: server-side pages (jte templates compiled into the
 * jar, no script, no asset from outside), in Kazakh or Russian per admin, usable on a phone. Everything but signing in
 * needs a session; every form that changes something carries the session's CSRF token; anyone else gets 403.
 */
public final class AdminConsole {
    static final String COOKIE = "otinish_admin";
    private static final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    private final SignIn signIn;
    private final Texts texts;
    private final AdminReport report;
    private final Supplier<FaqSearch> faq;
    private final KnowledgeVersions versions;
    private final boolean secureCookie;
    /** The search over the draft, built once per draft version for "try on the draft". */
    private final AtomicReference<Map.Entry<Long, FaqSearch>> draftSearch = new AtomicReference<>();

    private AdminConsole(SignIn signIn, Texts texts, AdminReport report, Supplier<FaqSearch> faq, KnowledgeVersions versions,
                         boolean secureCookie) {
        this.signIn = signIn;
        this.texts = texts;
        this.report = report;
        this.faq = faq;
        this.versions = versions;
        this.secureCookie = secureCookie;
    }

    /** {@code secureCookie}: the console is reached over HTTPS (a public {@code ADMIN_URL}), so the cookie says so. */
    public static void mount(WebServer web, SignIn signIn, Texts texts, AdminReport report, Supplier<FaqSearch> faq,
                             KnowledgeVersions versions, boolean secureCookie) {
        AdminConsole console = new AdminConsole(signIn, texts, report, faq, versions, secureCookie);
        web.get("/admin/sign-in", console::signInPage);
        web.post("/admin/sign-in", console::signIn);
        web.get("/admin", ctx -> console.page(ctx, s -> console.overview(ctx, s)));
        web.get("/admin/unanswered", ctx -> console.page(ctx, s -> console.unanswered(ctx, s)));
        web.get("/admin/try", ctx -> console.page(ctx, s -> console.tryQuestion(ctx, s)));
        web.get("/admin/usage", ctx -> console.page(ctx, s -> console.usage(ctx, s)));
        web.get("/admin/usage.csv", ctx -> console.page(ctx, s -> console.usageCsv(ctx)));
        web.get("/admin/usage/{chart}.png", ctx -> console.page(ctx, s -> console.usageChart(ctx, s)));
        web.get("/admin/admins", ctx -> console.page(ctx, s -> console.admins(ctx, s, List.of())));
        web.post("/admin/admins", ctx -> console.form(ctx, (s, form) -> console.changeAdmins(ctx, s, form)));
        web.get("/admin/entries", ctx -> console.page(ctx, s -> console.entries(ctx, s)));
        web.get("/admin/entries/new", ctx -> console.page(ctx, s -> console.newEntry(ctx, s, Map.of(), List.of(), 200)));
        web.post("/admin/entries/new", ctx -> console.form(ctx, (s, form) -> console.createEntry(ctx, s, form)));
        web.post("/admin/entries/{id}/delete", ctx -> console.form(ctx, (s, form) -> console.deleteEntry(ctx, s)));
        web.get("/admin/entries/{id}", ctx -> console.page(ctx, s -> console.entry(ctx, s)));
        web.post("/admin/entries/{id}", ctx -> console.form(ctx, (s, form) -> console.saveEntry(ctx, s, form)));
        web.post("/admin/publish", ctx -> console.form(ctx, (s, form) -> console.publish(ctx, s)));
        web.get("/admin/history", ctx -> console.page(ctx, s -> console.history(ctx, s)));
        web.get("/admin/history/{id}", ctx -> console.page(ctx, s -> console.version(ctx, s)));
        web.post("/admin/rollback", ctx -> console.form(ctx, (s, form) -> console.rollback(ctx, s, form)));
        web.post("/admin/unanswered/phrasing", ctx -> console.form(ctx, (s, form) -> console.addPhrasing(ctx, s, form)));
        web.post("/admin/unanswered/off-topic", ctx -> console.form(ctx, (s, form) -> console.offTopic(ctx, s, form)));
        web.post("/admin/lang", ctx -> console.form(ctx, (s, form) -> {
            signIn.setLang(s, s.lang().other());
            ctx.redirect("/admin", HttpStatus.SEE_OTHER);
        }));
        web.post("/admin/sign-out", ctx -> console.form(ctx, (s, form) -> {
            signIn.signOut(s);
            ctx.removeCookie(COOKIE, "/admin");
            console.render(ctx, 200, "admin/message.jte", console.bilingualPage(), Map.of("text", console.bilingual("signed_out")));
        }));
    }

    // --- signing in ------------------------------------------------------------------------------------------

    /**
     * The link opens a page with one button: the link is spent only by pressing it (a POST), so the preview a
     * messenger fetches of every link it shows cannot spend it first.
     */
    private void signInPage(Context ctx) {
        headers(ctx);
        String token = Optional.ofNullable(ctx.queryParam("token")).orElse("");
        render(ctx, 200, "admin/sign-in.jte", bilingualPage(), Map.of("token", token.length() > 100 ? "" : token));
    }

    private void signIn(Context ctx) {
        headers(ctx);
        Optional<SignIn.Session> session = signIn.redeem(formOf(ctx).get("token"));
        if (session.isEmpty()) {
            render(ctx, 403, "admin/message.jte", bilingualPage(), Map.of("text", bilingual("sign_in_refused")));
            return;
        }
        ctx.header("Set-Cookie", COOKIE + "=" + session.get().id() + "; Path=/admin; Max-Age=" + SignIn.SESSION_VALID.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : ""));
        ctx.redirect("/admin", HttpStatus.SEE_OTHER);
    }

    // --- pages -----------------------------------------------------------------------------------------------

    private void overview(Context ctx, SignIn.Session s) {
        int days = days(ctx, 7);
        render(ctx, 200, "admin/overview.jte", page(ctx, s), Map.of("usage", report.usage(days),
                "ratings", report.ratings(days), "disliked", report.disliked(days, 50)));
    }

    private void unanswered(Context ctx, SignIn.Session s) {
        FaqSearch search = faq.get();
        List<UnansweredGroups.Group> groups = UnansweredGroups.of(report.unanswered(days(ctx, 30), 500), search::tokens,
                q -> candidates(search, q));
        render(ctx, 200, "admin/unanswered.jte", page(ctx, s), Map.of("groups", groups));
    }

    private void usage(Context ctx, SignIn.Session s) {
        int days = days(ctx, 30);
        render(ctx, 200, "admin/usage.jte", page(ctx, s), Map.of("days", days, "daily", report.daily(days)));
    }

    private void usageCsv(Context ctx) {
        StringBuilder csv = new StringBuilder("day,new_users,messages,appeals,akimat_searches,answers_shown_kk,unanswered_kk,answers_shown_ru,unanswered_ru\n");
        for (AdminReport.Day d : report.daily(days(ctx, 30))) {
            csv.append(d.day()).append(',').append(d.newUsers()).append(',').append(d.messages()).append(',').append(d.appeals())
                    .append(',').append(d.akimatSearches()).append(',').append(d.shownKk()).append(',').append(d.unansweredKk()).append(',').append(d.shownRu())
                    .append(',').append(d.unansweredRu()).append('\n');
        }
        ctx.header("Content-Disposition", "attachment; filename=\"otinish-usage.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
    }

    private void usageChart(Context ctx, SignIn.Session s) {
        ConsolePage page = page(ctx, s);
        List<AdminReport.Day> daily = report.daily(days(ctx, 30));
        byte[] png = switch (ctx.pathParam("chart")) {
            case "activity" -> UsageChart.png(page.t("chart_activity"), daily, List.of(
                    new UsageChart.Line(page.t("chart_new_users"), AdminReport.Day::newUsers),
                    new UsageChart.Line(page.t("chart_messages"), AdminReport.Day::messages),
                    new UsageChart.Line(page.t("chart_appeals"), AdminReport.Day::appeals),
                    new UsageChart.Line(page.t("chart_akimat"), AdminReport.Day::akimatSearches)), false);
            case "answered" -> UsageChart.png(page.t("chart_answered"), daily, List.of(
                    new UsageChart.Line("kk", d -> d.answeredPercent("kk")),
                    new UsageChart.Line("ru", d -> d.answeredPercent("ru"))), true);
            default -> null;
        };
        if (png == null) {
            ctx.status(404);
            return;
        }
        ctx.contentType("image/png").result(png);
    }

    private void admins(Context ctx, SignIn.Session s, List<String> problems) {
        render(ctx, problems.isEmpty() ? 200 : 422, "admin/admins.jte", page(ctx, s),
                Map.of("admins", signIn.admins(), "me", s.adminId(), "problems", problems));
    }

    /** Adds an admin ({@code add}) or takes one away ({@code remove}); an admin cannot remove themselves. */
    private void changeAdmins(Context ctx, SignIn.Session s, Map<String, String> form) {
        String add = form.getOrDefault("add", "").strip(), remove = form.getOrDefault("remove", "").strip();
        if (!add.isEmpty() && !signIn.add(add, s.adminId())) {
            admins(ctx, s, List.of(page(ctx, s).t("admin_id_wrong")));
            return;
        }
        if (!remove.isEmpty() && !remove.equals(s.adminId())) signIn.remove(remove);
        ctx.redirect("/admin/admins", HttpStatus.SEE_OTHER);
    }

    /** The entries a question may belong to, best first: the topics the bot offered, then the model's guesses, then all. */
    private static List<String> candidates(FaqSearch search, String question) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        search.search(question).suggestions().forEach(e -> ids.add(e.id()));
        search.modelGuesses(question, 3).stream().map(g -> g.substring(0, g.indexOf(' '))).filter(id -> !id.equals("none")).forEach(ids::add);
        search.entries().forEach(e -> ids.add(e.id()));
        return List.copyOf(ids);
    }

    private void tryQuestion(Context ctx, SignIn.Session s) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (q.length() > 500) q = q.substring(0, 500);
        Optional<KnowledgeVersions.Version> draft = "1".equals(ctx.queryParam("draft")) ? versions.draft() : Optional.empty();
        FaqSearch search = draft.map(d -> searchOf(d.id())).orElseGet(faq);
        Map<String, Object> params = new HashMap<>();
        params.put("question", q);
        params.put("trial", q.isEmpty() ? null : Trial.of(search, q));
        params.put("draftId", draft.map(KnowledgeVersions.Version::id).orElse(null));
        render(ctx, 200, "admin/try.jte", page(ctx, s), params);
    }

    private FaqSearch searchOf(long version) {
        var built = draftSearch.get();
        if (built != null && built.getKey() == version) return built.getValue();
        Path dir = versions.materialize(version);
        try {
            FaqSearch search = FaqCorpus.load(dir).current();
            draftSearch.set(Map.entry(version, search));
            return search;
        } finally {
            KnowledgeVersions.delete(dir);
        }
    }

    // --- the knowledge base: entries, drafts, publishing --------------------------------------------------------

    /** What admins edit: the draft when there is one, else the version in service. */
    private record Working(long id, CorpusFiles files) {}

    private Working working() {
        long id = versions.draft().map(KnowledgeVersions.Version::id).orElseGet(() -> versions.published().orElseThrow());
        return new Working(id, versions.files(id));
    }

    private void entries(Context ctx, SignIn.Session s) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (q.length() > 200) q = q.substring(0, 200);
        Working w = working();
        Map<String, EntryRow> rows = new LinkedHashMap<>();
        String needle = q.toLowerCase(Locale.ROOT);
        if (!q.isEmpty()) {
            // The bot's own reading of the words first, then every entry that has them as typed.
            FaqResult found = faq.get().search(q);
            found.answer().ifPresent(e -> rows.put(e.id(), null));
            found.suggestions().forEach(e -> rows.put(e.id(), null));
        }
        for (String id : EntryEdit.entries(w.files()).keySet()) {
            Map<Lang, EntryEdit.Fields> f = EntryEdit.read(w.files(), id).orElseThrow();
            EntryRow row = new EntryRow(id, f.get(Lang.KK).question(), f.get(Lang.RU).question());
            boolean matches = q.isEmpty() || id.contains(needle) || f.values().stream().anyMatch(x ->
                    x.question().toLowerCase(Locale.ROOT).contains(needle)
                            || x.phrasings().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(needle)));
            if (rows.containsKey(id) || matches) rows.put(id, row);
        }
        rows.values().removeIf(java.util.Objects::isNull);
        render(ctx, 200, "admin/entries.jte", page(ctx, s), Map.of("query", q, "entries", List.copyOf(rows.values())));
    }

    private void entry(Context ctx, SignIn.Session s) {
        String id = ctx.pathParam("id");
        Optional<Map<Lang, EntryEdit.Fields>> fields = EntryEdit.read(working().files(), id);
        if (fields.isEmpty()) {
            notFound(ctx, s);
            return;
        }
        render(ctx, 200, "admin/entry.jte", page(ctx, s), Map.of("form", EntryForm.of(id, fields.get()), "problems", List.of()));
    }

    /** Saves the edit as a draft when the whole knowledge base still loads; otherwise shows why, keeping what was typed. */
    private void saveEntry(Context ctx, SignIn.Session s, Map<String, String> form) {
        String id = ctx.pathParam("id");
        Working w = working();
        Map<Lang, EntryEdit.Fields> edited = EntryForm.submitted(form);
        if (EntryEdit.read(w.files(), id).isEmpty()) {
            notFound(ctx, s);
            return;
        }
        CorpusFiles changed = EntryEdit.write(w.files(), id, edited);
        List<String> problems = KnowledgeVersions.check(changed).stream().map(Problem::toString).toList();
        if (!problems.isEmpty()) {
            render(ctx, 422, "admin/entry.jte", page(ctx, s), Map.of("form", EntryForm.of(id, edited), "problems", problems));
            return;
        }
        versions.save(changed, w.id(), s.adminId(), "edited " + id);
        ctx.redirect("/admin/entries/" + id + "?done=saved", HttpStatus.SEE_OTHER);
    }

    private static final Pattern ENTRY_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private void newEntry(Context ctx, SignIn.Session s, Map<String, String> form, List<String> problems, int status) {
        Working w = working();
        List<String> sources = SOURCE_ID.matcher(w.files().files().getOrDefault("sources.yaml", "")).results().map(r -> r.group(1)).toList();
        render(ctx, status, "admin/entry.jte", page(ctx, s), Map.of("form", EntryForm.of(form.getOrDefault("id", ""), true,
                form.getOrDefault("document", ""), form.getOrDefault("section", ""), sources, EntryForm.submitted(form)), "problems", problems));
    }

    private static final Pattern SOURCE_ID = Pattern.compile("(?m)^- id:\\s*([a-z0-9-]+)");

    /** A new entry, checked with the whole knowledge base, saved as a draft; its problems shown otherwise. */
    private void createEntry(Context ctx, SignIn.Session s, Map<String, String> form) {
        String id = form.getOrDefault("id", "").strip();
        ConsolePage page = page(ctx, s);
        if (!ENTRY_ID.matcher(id).matches()) {
            newEntry(ctx, s, form, List.of(page.t("id_wrong")), 422);
            return;
        }
        Working w = working();
        if (EntryEdit.read(w.files(), id).isPresent()) {
            newEntry(ctx, s, form, List.of(page.t("id_taken")), 422);
            return;
        }
        CorpusFiles changed = EntryEdit.create(w.files(), id, form.getOrDefault("document", ""), form.getOrDefault("section", ""),
                EntryForm.submitted(form));
        List<String> problems = KnowledgeVersions.check(changed).stream().map(Problem::toString).toList();
        if (!problems.isEmpty()) {
            newEntry(ctx, s, form, problems, 422);
            return;
        }
        versions.save(changed, w.id(), s.adminId(), "added " + id);
        ctx.redirect("/admin/entries/" + id + "?done=saved", HttpStatus.SEE_OTHER);
    }

    private void deleteEntry(Context ctx, SignIn.Session s) {
        String id = ctx.pathParam("id");
        Working w = working();
        if (EntryEdit.read(w.files(), id).isEmpty()) {
            notFound(ctx, s);
            return;
        }
        CorpusFiles changed = EntryEdit.delete(w.files(), id);
        List<String> problems = KnowledgeVersions.check(changed).stream().map(Problem::toString).toList();
        if (!problems.isEmpty()) {
            ConsolePage page = page(ctx, s);
            render(ctx, 422, "admin/message.jte", page, Map.of("text", page.t("problems") + " " + String.join("; ", problems)));
            return;
        }
        versions.save(changed, w.id(), s.adminId(), "deleted " + id);
        ctx.redirect("/admin/entries?done=saved", HttpStatus.SEE_OTHER);
    }

    private void publish(Context ctx, SignIn.Session s) {
        Optional<KnowledgeVersions.Version> draft = versions.draft();
        if (draft.isPresent()) {
            try {
                versions.publish(draft.get().id(), s.adminId(), false);
            } catch (KnowledgeVersions.Refused r) {
                refused(ctx, s, r);
                return;
            }
        }
        ctx.redirect("/admin/history?done=published_ok", HttpStatus.SEE_OTHER);
    }

    private void rollback(Context ctx, SignIn.Session s, Map<String, String> form) {
        long id;
        try {
            id = Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            ctx.status(400);
            return;
        }
        if (versions.history(Integer.MAX_VALUE).stream().noneMatch(v -> v.id() == id)) {
            ctx.status(404);
            return;
        }
        try {
            versions.publish(id, s.adminId(), true);
        } catch (KnowledgeVersions.Refused r) {
            refused(ctx, s, r);
            return;
        }
        ctx.redirect("/admin/history?done=published_ok", HttpStatus.SEE_OTHER);
    }

    private void history(Context ctx, SignIn.Session s) {
        ConsolePage page = page(ctx, s);
        long inService = versions.published().orElse(-1L);
        // A version is the parent of the next one: each version's files are read once, not once per row they appear in.
        Map<Long, CorpusFiles> files = new HashMap<>();
        List<HistoryRow> rows = new ArrayList<>();
        for (KnowledgeVersions.Version v : versions.history(30)) {
            rows.add(new HistoryRow(v.id(), v.createdAt().toString().substring(0, 16).replace('T', ' '), v.author(), note(page, v.note()),
                    v.parent() == null ? "" : changes(page, files.computeIfAbsent(v.parent(), versions::files),
                            files.computeIfAbsent(v.id(), versions::files)),
                    v.id() == inService));
        }
        render(ctx, 200, "admin/history.jte", page, Map.of("versions", rows, "publications", versions.publications(30)));
    }

    /** One version's changes from the version it was made from: a unified diff per entry and per other file. */
    private void version(Context ctx, SignIn.Session s) {
        Optional<KnowledgeVersions.Version> v = versions.history(Integer.MAX_VALUE).stream()
                .filter(x -> Long.toString(x.id()).equals(ctx.pathParam("id"))).findFirst();
        if (v.isEmpty()) {
            notFound(ctx, s);
            return;
        }
        CorpusFiles before = v.get().parent() == null ? new CorpusFiles(new java.util.TreeMap<>()) : versions.files(v.get().parent());
        CorpusFiles after = versions.files(v.get().id());
        List<VersionDiff> diffs = new ArrayList<>();
        Map<String, String> a = EntryEdit.entries(before), b = EntryEdit.entries(after);
        TreeSet<String> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        for (String id : ids) VersionDiff.of(id, a.getOrDefault(id, ""), b.getOrDefault(id, "")).ifPresent(diffs::add);
        for (String f : new TreeSet<>(after.files().keySet())) {
            if (f.startsWith("faq/")) continue;
            VersionDiff.of(f, before.files().getOrDefault(f, ""), after.files().get(f)).ifPresent(diffs::add);
        }
        ConsolePage page = page(ctx, s);
        render(ctx, 200, "admin/version.jte", page, Map.of("version", v.get(), "note", note(page, v.get().note()),
                "diffs", diffs));
    }

    /**
     * A version's note in the admin's language. Notes are stored as a word and an argument ("edited withdraw-appeal",
     * "imported /srv/kb"): the word names the text {@code console.note_<word>}; a note of another form is shown as is.
     */
    static String note(ConsolePage page, String note) {
        int space = note.indexOf(' ');
        String word = space < 0 ? note : note.substring(0, space), arg = space < 0 ? "" : note.substring(space + 1);
        String key = "note_" + word.replace('-', '_');
        return page.texts().has("console." + key) ? page.t(key, "arg", arg) : note;
    }

    /** What a version changed: the entries whose text differs, and the other files. */
    private static String changes(ConsolePage page, CorpusFiles before, CorpusFiles after) {
        Map<String, String> a = EntryEdit.entries(before), b = EntryEdit.entries(after);
        TreeSet<String> ids = new TreeSet<>();
        for (String id : a.keySet()) if (!a.get(id).equals(b.get(id))) ids.add(id);
        for (String id : b.keySet()) if (!a.containsKey(id)) ids.add(id);
        TreeSet<String> files = new TreeSet<>();
        for (String f : after.files().keySet()) {
            if (!f.startsWith("faq/") && !after.files().get(f).equals(before.files().get(f))) files.add(f);
        }
        List<String> said = new ArrayList<>();
        if (!ids.isEmpty()) said.add(page.t("changed_entries", "ids", String.join(", ", ids)));
        if (!files.isEmpty()) said.add(page.t("changed_files", "files", String.join(", ", files)));
        return String.join("; ", said);
    }

    /** One click: an unanswered question becomes a phrasing of the chosen entry, in the draft. */
    private void addPhrasing(Context ctx, SignIn.Session s, Map<String, String> form) {
        String question = form.getOrDefault("question", "").strip();
        // The language the question is written in, not the asker's: a Kazakh question asked in a Russian chat is Kazakh.
        Lang lang = faq.get().search(question).queryLang();
        String id = form.getOrDefault("entry", "");
        Working w = working();
        Optional<Map<Lang, EntryEdit.Fields>> fields = EntryEdit.read(w.files(), id);
        if (question.isEmpty() || fields.isEmpty()) {
            notFound(ctx, s);
            return;
        }
        Map<Lang, EntryEdit.Fields> edited = new EnumMap<>(fields.get());
        EntryEdit.Fields f = edited.get(lang);
        List<String> phrasings = new ArrayList<>(f.phrasings());
        if (!phrasings.contains(question)) phrasings.add(question);
        edited.put(lang, new EntryEdit.Fields(f.question(), f.button(), phrasings, f.answer()));
        versions.save(EntryEdit.write(w.files(), id, edited), w.id(), s.adminId(), "phrasing " + id);
        ctx.redirect("/admin/unanswered?done=added", HttpStatus.SEE_OTHER);
    }

    /** One click: an unanswered question is none of the bot's business, learnt as such from off-topic.txt, in the draft. */
    private void offTopic(Context ctx, SignIn.Session s, Map<String, String> form) {
        String question = form.getOrDefault("question", "").strip().replaceAll("\\s+", " ");
        Working w = working();
        String lines = w.files().files().getOrDefault(OFF_TOPIC, "");
        if (!question.isEmpty() && lines.lines().noneMatch(question::equals)) {
            String text = lines.isEmpty() || lines.endsWith("\n") ? lines + question + "\n" : lines + "\n" + question + "\n";
            versions.save(w.files().with(OFF_TOPIC, text), w.id(), s.adminId(), "off-topic");
        }
        ctx.redirect("/admin/unanswered?done=added", HttpStatus.SEE_OTHER);
    }

    private static final String OFF_TOPIC = "off-topic.txt";

    // --- the guard -------------------------------------------------------------------------------------------

    private interface Page {
        void show(SignIn.Session s) throws Exception;
    }

    private interface Form {
        void submit(SignIn.Session s, Map<String, String> form) throws Exception;
    }

    private void page(Context ctx, Page page) throws Exception {
        headers(ctx);
        Optional<SignIn.Session> s = signIn.session(ctx.cookie(COOKIE));
        if (s.isEmpty()) {
            forbidden(ctx);
            return;
        }
        page.show(s.get());
    }

    private void form(Context ctx, Form form) throws Exception {
        headers(ctx);
        Optional<SignIn.Session> s = signIn.session(ctx.cookie(COOKIE));
        Map<String, String> fields = formOf(ctx);
        if (s.isEmpty() || !SignIn.csrfMatches(s.get(), fields.get("csrf"))) {
            forbidden(ctx);
            return;
        }
        form.submit(s.get(), fields);
    }

    private void notFound(Context ctx, SignIn.Session s) {
        ConsolePage page = page(ctx, s);
        render(ctx, 404, "admin/message.jte", page, Map.of("text", page.t("not_found")));
    }

    /** A version that would not load: not published, and why, file:line and all. */
    private void refused(Context ctx, SignIn.Session s, KnowledgeVersions.Refused r) {
        ConsolePage page = page(ctx, s);
        render(ctx, 422, "admin/message.jte", page, Map.of("text", page.t("publish_refused") + " "
                + String.join("; ", r.problems().stream().map(Problem::toString).toList())));
    }

    private void forbidden(Context ctx) {
        render(ctx, 403, "admin/message.jte", bilingualPage(), Map.of("text", bilingual("forbidden")));
    }

    /** No caching, no framing, no Referer (a sign-in link carries its token in the address). */
    private static void headers(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Notices a redirect may name ({@code ?done=}): the key of the text said after an action. */
    private static final Set<String> NOTICES = Set.of("saved", "published_ok", "added");

    private ConsolePage page(Context ctx, SignIn.Session s) {
        String done = ctx.queryParam("done");
        String notice = done != null && NOTICES.contains(done) ? texts.get(s.lang(), "console." + done) : null;
        String draft = versions.draft().map(d -> texts.get(s.lang(), "console.draft_banner", "id", d.id(), "author", d.author(),
                "at", d.createdAt().toString().substring(0, 16).replace('T', ' '))).orElse(null);
        return new ConsolePage(texts, s.lang(), s.csrf(), true, draft, notice);
    }

    /** For whoever is not signed in, whose language the console does not know yet. */
    private ConsolePage bilingualPage() {
        return new ConsolePage(texts, Lang.KK, "", false, null, null);
    }

    private String bilingual(String key) {
        return texts.get(Lang.KK, "console." + key) + " / " + texts.get(Lang.RU, "console." + key);
    }

    private static int days(Context ctx, int otherwise) {
        try {
            int days = Integer.parseInt(Optional.ofNullable(ctx.queryParam("days")).orElse(""));
            return days >= 1 && days <= 3660 ? days : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** An urlencoded form, read within the server's body limit whatever the transfer encoding. */
    private static Map<String, String> formOf(Context ctx) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : WebServer.body(ctx).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            try {
                fields.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the field is left out, as if not sent
            }
        }
        return fields;
    }

    private static void render(Context ctx, int status, String template, ConsolePage page, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("page", page);
        StringOutput out = new StringOutput();
        templates.render(template, all, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }
}
