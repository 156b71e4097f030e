package kz.otinish.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.otinish.Lang;
import kz.otinish.akimat.AdminUnit;
import kz.otinish.akimat.AkimatDirectory;
import kz.otinish.akimat.PlaceMatch;
import kz.otinish.akimat.PlaceMatcher;
import kz.otinish.akimat.PlaceResult;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.FileInfo;
import kz.otinish.dialog.Flow;
import kz.otinish.Html;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.dialog.Session;

/**
 * The appeal wizard. Its questions are {@link AppealForm}'s; everything the user has answered lives in
 * the {@link Draft} row, written in the same transaction as the reply, so a restart (or days away)
 * resumes at the same question with every answer kept. A wrong answer is explained and asked again;
 * nothing already entered is lost. From the review any answer can be changed; the confirmed appeal is
 * saved under "My appeals" and sent back as a message and a PDF, with how to submit it.
 *
 * <p>Buttons: appeal:resume · restart · pick:VALUE · suggest:N · akimat:UNIT · keep · skip · cut ·
 * files_done · files_clear · edit:KEY · confirm.
 */
public final class AppealFlow implements Flow {
    public static final String NAME = "appeal";
    /** The review shows the beginning of a long essence; the full text is in the draft. */
    private static final int REVIEW_PREVIEW = 300;
    private final AppealForm form;
    private final Validators validators;
    private final Clock clock;
    private final AkimatDirectory akimats;
    private final PlaceMatcher places;

    public AppealFlow(AppealForm form, Clock clock, PlaceMatcher places) {
        this.form = form;
        this.validators = new Validators(clock, form.bodyWords());
        this.clock = clock;
        this.akimats = places.directory();
        this.places = places;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** {@value #PREPARED}: a draft another flow prepared (a complaint about a missed term) goes straight to its first open question. */
    public static final String PREPARED = "prepared";

    @Override
    public List<Reply> start(Session s, String argument) {
        Optional<Draft> draft = Drafts.find(s.db(), s.chat());
        if (draft.isPresent() && PREPARED.equals(argument)) return List.of(ask(s, draft.get().at(current(draft.get()).key()), null));
        if (draft.isPresent() && !draft.get().answers().isEmpty()) {
            Step at = current(draft.get());
            return List.of(Reply.withButtons(s.t("appeal.resume", "n", form.number(at, draft.get().answers()),
                            "total", form.count(draft.get().answers())),
                    List.of(List.of(button(s.t("appeal.resume_continue"), "resume"),
                            button(s.t("appeal.resume_restart"), "restart")))));
        }
        return begin(s);
    }

    @Override
    public List<Reply> handle(Session s, Incoming in) {
        Optional<Draft> found = Drafts.find(s.db(), s.chat());
        if (found.isEmpty() && in.isButton() && !in.button().endsWith(":restart")) return oldButton(s, in.button());
        if (found.isEmpty()) return begin(s); // confirmed, purged or deleted meanwhile: a new one
        Draft d = found.get();
        Step step = current(d);
        if (in.isButton()) return pressed(s, d, step, in.button().substring(in.button().indexOf(':') + 1));
        if (in.file() != null) return file(s, d, step, in.file());
        if (in.sharedPhone() != null) {
            return "phone".equals(step.check()) ? typed(s, d, step, in.sharedPhone())
                    : List.of(Reply.text(s.t("appeal.text_expected")), ask(s, d, null));
        }
        if (in.isText()) return typed(s, d, step, in.text());
        return List.of(ask(s, d, null));
    }

    /** "Назад": the question before this one, with its answer shown; answered again, the form goes on from where it was. */
    @Override
    public Optional<List<Reply>> back(Session s) {
        Optional<Draft> found = Drafts.find(s.db(), s.chat());
        if (found.isEmpty()) return Optional.empty();
        return form.before(current(found.get()), found.get().answers()).map(previous -> {
            Draft back = found.get().at(previous.key());
            Drafts.save(s.db(), s.chat(), back);
            return List.of(ask(s, back, null));
        });
    }

    /**
     * /cancel leaves the form and keeps the draft, as the introduction promises: "Start over" on the way back in
     * deletes it. Throwing away answers a person typed for twenty minutes on one command was the surprise.
     */
    @Override
    public String cancel(Session s) {
        return Drafts.find(s.db(), s.chat()).isPresent() ? "appeal.cancelled_kept" : "dialog.cancelled";
    }

    /**
     * A button of an appeal that is no longer being written (✅ pressed twice, an old message): it says what it
     * belonged to and does nothing else, where it used to start a new, empty appeal.
     */
    private List<Reply> oldButton(Session s, String data) {
        boolean sent = data.endsWith(":confirm") && !Appeals.list(s.db(), s.chat()).isEmpty();
        return s.finish(List.of(Reply.text(s.t(sent ? "appeal.already_confirmed" : "appeal.stale_gone"))));
    }

    private List<Reply> begin(Session s) {
        Drafts.delete(s.db(), s.chat());
        Draft d = Draft.begin(form.steps().getFirst().key());
        Drafts.save(s.db(), s.chat(), d);
        AuditTrail.record(s.db(), s.chat(), "appeal.started", null);
        return List.of(Reply.text(s.t("appeal.intro")), ask(s, d, null));
    }

    private Step current(Draft d) {
        return form.step(d.step()).filter(st -> st.appliesTo(d.answers()))
                .orElseGet(() -> form.firstUnanswered(d.answers()));
    }

    private List<Reply> pressed(Session s, Draft d, Step step, String data) {
        int colon = data.indexOf(':');
        String verb = colon < 0 ? data : data.substring(0, colon);
        String arg = colon < 0 ? "" : data.substring(colon + 1);
        Step.Kind kind = step.kind();
        switch (verb) {
            case "resume" -> {
                return List.of(ask(s, d, null));
            }
            case "restart" -> {
                AuditTrail.record(s.db(), s.chat(), "appeal.discarded", null);
                return begin(s);
            }
            case "pick" -> {
                if (kind == Step.Kind.CHOICE && step.option(arg) != null) return choose(s, d, step, step.option(arg));
            }
            case "suggest" -> {
                int i = arg.matches("\\d{1,2}") ? Integer.parseInt(arg) : -1;
                if (kind == Step.Kind.ANSWER && i >= 0 && i < step.suggestions().size()) {
                    return typed(s, d, step, step.suggestions().get(i).answer().get(s.lang()));
                }
            }
            case "akimat" -> {
                Optional<AdminUnit> unit = akimats.unit(arg);
                if (kind == Step.Kind.ANSWER && "addressee".equals(step.check()) && unit.isPresent()) {
                    return akimatChosen(s, d, step, unit.get());
                }
            }
            case "keep" -> {
                if (kind == Step.Kind.ANSWER && !step.cut() && d.pending() != null) return answered(s, d, step, d.pending());
            }
            case "keep_current" -> {
                String now = d.answers().get(step.key());
                if (kind == Step.Kind.ANSWER && now != null && !now.isEmpty()) return advance(s, d, List.of());
            }
            case "email_fix" -> {
                Optional<String> fixed = d.pending() == null ? Optional.empty() : Email.likelyMeant(d.pending());
                if ("email".equals(step.check()) && fixed.isPresent()) return answered(s, d, step, fixed.get());
            }
            case "skip" -> {
                if (kind == Step.Kind.ANSWER && step.isOptional(d.answers())) return advance(s, d.answer(step.key(), ""), List.of());
                if (kind == Step.Kind.ANSWER) return List.of(Reply.text(s.t("appeal.skip_refused")), ask(s, d, null));
            }
            case "cut" -> {
                if (kind == Step.Kind.ANSWER && step.cut() && d.pending() != null) {
                    return answered(s, d, step, Cut.at(d.pending(), step.max()).kept());
                }
            }
            case "files_done" -> {
                if (kind == Step.Kind.FILES) return advance(s, d.answer(step.key(), String.valueOf(d.files().size())), List.of());
            }
            case "files_clear" -> {
                if (kind == Step.Kind.FILES) {
                    Draft cleared = d.withFiles(List.of());
                    Drafts.save(s.db(), s.chat(), cleared);
                    return List.of(Reply.text(s.t("appeal.files_cleared")), ask(s, cleared, null));
                }
            }
            case "edit" -> {
                Optional<Step> target = form.step(arg).filter(t -> t.kind() != Step.Kind.REVIEW && t.appliesTo(d.answers()));
                if (kind == Step.Kind.REVIEW && target.isPresent()) {
                    Draft editing = d.at(arg).reviewing(true);
                    Drafts.save(s.db(), s.chat(), editing);
                    return List.of(ask(s, editing, null));
                }
            }
            case "confirm" -> {
                if (kind == Step.Kind.REVIEW) return confirm(s, d);
            }
            case "cyrillic" -> {
                // Asked for: the person saw the offer at the review and pressed it; the result is shown to check.
                if (kind == Step.Kind.REVIEW) {
                    Draft converted = d;
                    for (String key : latinAnswers(s, d)) converted = converted.answer(key, KazakhCyrillic.of(d.answers().get(key)));
                    Drafts.save(s.db(), s.chat(), converted);
                    return List.of(ask(s, converted, s.t("appeal.cyrillic_done")));
                }
            }
            case "back" -> {
                Optional<List<Reply>> back = back(s);
                if (back.isPresent()) return back.get();
            }
            default -> { }
        }
        return List.of(Reply.text(s.t("appeal.stale")), ask(s, d, null));
    }

    private List<Reply> typed(Session s, Draft d, Step step, String text) {
        switch (step.kind()) {
            case CHOICE -> {
                Step.Option o = optionNamed(step, text);
                if (o != null) return choose(s, d, step, o);
                return questionOr(s, d, text, "appeal.choose");
            }
            case FILES -> {
                if (sameWords(text, s.t("appeal.files_done"))) {
                    return advance(s, d.answer(step.key(), String.valueOf(d.files().size())), List.of());
                }
                return questionOr(s, d, text, null);
            }
            case REVIEW -> {
                return questionOr(s, d, text, null);
            }
            default -> {
                String answer = text.strip();
                if (step.isOptional(d.answers()) && s.saysOneOf(answer, "appeal.typed_skip")) return advance(s, d.answer(step.key(), ""), List.of());
                if (step.cut() && answer.codePointCount(0, answer.length()) > step.max()) {
                    Draft waiting = d.pending(answer);
                    Drafts.save(s.db(), s.chat(), waiting);
                    String tail = firstCodePoints(Cut.at(answer, step.max()).dropped(), 40);
                    return List.of(Reply.withButtons(
                            s.t("appeal.too_long_cut", "count", answer.codePointCount(0, answer.length()),
                                    "max", step.max(), "tail", Html.escape(tail)),
                            List.of(List.of(button(s.t("appeal.cut", "max", step.max()), "cut")))));
                }
                Check c = validators.check(step, answer);
                // Not an answer to the form's question, or an addressee that names no body («не знаю, куда писать»):
                // perhaps a question of the person's own.
                boolean askedFaq = !c.isOk() || Validators.NAMES_NO_BODY.equals(c.note());
                if (askedFaq) {
                    Optional<List<Reply>> faq = s.answerIfQuestion(answer);
                    if (faq.isPresent()) return afterQuestion(s, d, faq.get());
                    if (!c.isOk()) return List.of(Reply.text(error(s, c)), ask(s, d, null));
                }
                // The form's question was answered: that wins. A question mark may still deserve the FAQ's word beside it
                // (unless the FAQ was asked above and had none).
                List<Reply> before = new ArrayList<>();
                if (answer.endsWith("?") && !askedFaq) {
                    s.answerIfQuestion(answer).ifPresent(faq -> {
                        before.addAll(faq);
                        before.add(Reply.text(s.t("appeal.taken_as_answer", "field", step.label().get(s.lang()))));
                    });
                }
                if (c.note() != null) before.add(Reply.text(note(s, c)));
                // An addressee that names an akimat goes to the akimat finder for the body's official name.
                if ("addressee".equals(step.check()) && PlaceMatcher.namesAnAkimat(c.value())) return akimat(s, d, step, c.value());
                Optional<String> meant = "email".equals(step.check()) ? Email.likelyMeant(c.value()) : Optional.empty();
                if (meant.isPresent()) {
                    Drafts.save(s.db(), s.chat(), d.pending(c.value()));
                    return List.of(Reply.withButtons(s.t("appeal.email_typo", "typed", Html.escape(c.value()), "meant", Html.escape(meant.get())),
                            List.of(List.of(button(s.t("appeal.email_fix"), "email_fix"), button(s.t("appeal.email_keep"), "keep")))));
                }
                return advance(s, d.answer(step.key(), c.value()), before);
            }
        }
    }

    /**
     * "Қарасу ауданының әкімдігі", "акимат Карасу": one akimat found → its apparatus's official name,
     * with the phrase to type in e-Otinish's search; several → the user picks; none → the text as typed.
     */
    private List<Reply> akimat(Session s, Draft d, Step step, String typed) {
        PlaceResult found = places.find(typed);
        if (!found.found()) return answered(s, d, step, typed);
        if (!found.ambiguous()) return akimatChosen(s, d, step, found.matches().getFirst().unit());
        Draft waiting = d.pending(typed);
        Drafts.save(s.db(), s.chat(), waiting);
        List<List<Button>> rows = new ArrayList<>();
        for (PlaceMatch m : found.matches()) rows.add(List.of(button(apparatus(m.unit(), s), "akimat:" + m.unit().id())));
        rows.add(List.of(button(s.t("appeal.akimat_keep"), "keep")));
        return List.of(Reply.withButtons(s.t("appeal.akimat_choose"), rows));
    }

    private List<Reply> akimatChosen(Session s, Draft d, Step step, AdminUnit unit) {
        String name = apparatus(unit, s);
        String search = s.lang() == Lang.KK ? unit.searchKk() : unit.searchRu();
        return advance(s, d.answer(step.key(), name),
                List.of(Reply.text(s.t("appeal.akimat_found", "name", Html.escape(name), "search", Html.escape(search)))));
    }

    private static String apparatus(AdminUnit unit, Session s) {
        return s.lang() == Lang.KK ? unit.apparatusKk() : unit.apparatusRu();
    }

    private List<Reply> answered(Session s, Draft d, Step step, String value) {
        return advance(s, d.answer(step.key(), value), List.of());
    }

    private List<Reply> choose(Session s, Draft d, Step step, Step.Option o) {
        String notice = o.notice().get(s.lang());
        if (o.refused()) return List.of(Reply.text(notice), ask(s, d, null));
        return advance(s, d.answer(step.key(), o.value()), notice == null ? List.of() : List.of(Reply.text(notice)));
    }

    /** To the first question still unanswered — the next one, or after an edit, the review (or what the edit opened). */
    private List<Reply> advance(Session s, Draft d, List<Reply> before) {
        Step next = form.firstUnanswered(d.answers());
        Draft moved = d.at(next.key()).reviewing(d.reviewing() && next.kind() != Step.Kind.REVIEW);
        Drafts.save(s.db(), s.chat(), moved);
        List<Reply> out = new ArrayList<>(before);
        out.add(ask(s, moved, null));
        return out;
    }

    private List<Reply> file(Session s, Draft d, Step step, FileInfo f) {
        if (step.kind() != Step.Kind.FILES) return List.of(Reply.text(s.t("appeal.file_not_now")), ask(s, d, null));
        Check c = Attachments.check(d.files(), f);
        if (!c.isOk()) return List.of(Reply.withButtons(error(s, c), fileButtons(s, d)));
        List<FileInfo> files = new ArrayList<>(d.files());
        files.add(f);
        Draft more = d.withFiles(files);
        Drafts.save(s.db(), s.chat(), more);
        return List.of(Reply.withButtons(s.t("appeal.file_saved", "name", Html.escape(c.value()),
                "size", AppealLetter.size(f.sizeBytes()), "count", files.size(),
                "total", AppealLetter.size(Attachments.total(files))), fileButtons(s, more)));
    }

    private List<Reply> questionOr(Session s, Draft d, String text, String hintKey) {
        Optional<List<Reply>> faq = s.answerIfQuestion(text);
        if (faq.isPresent()) return afterQuestion(s, d, faq.get());
        return hintKey == null ? List.of(ask(s, d, null)) : List.of(Reply.text(s.t(hintKey)), ask(s, d, null));
    }

    private List<Reply> afterQuestion(Session s, Draft d, List<Reply> answer) {
        List<Reply> out = new ArrayList<>(answer);
        out.add(ask(s, d, s.t("appeal.question_then")));
        return out;
    }

    private List<Reply> confirm(Session s, Draft d) {
        Step missing = form.firstUnanswered(d.answers());
        if (missing.kind() != Step.Kind.REVIEW) return advance(s, d, List.of());
        Map<String, String> answers = new LinkedHashMap<>();
        for (Step st : form.applicable(d.answers())) answers.put(st.key(), d.answers().get(st.key()));
        Appeal appeal = Appeals.add(s.db(), s.chat(), new Appeal(0, s.lang(), LocalDate.now(clock), answers, d.files()));
        Drafts.delete(s.db(), s.chat());
        AuditTrail.record(s.db(), s.chat(), "appeal.created",
                "id=" + appeal.id() + " type=" + answers.get("type") + " files=" + d.files().size());
        AppealLetter letter = AppealLetter.of(appeal, form, s.texts());
        return s.finish(List.of(
                Reply.text(s.t("appeal.done")),
                Reply.text(letter.toHtml(s.texts(), s.lang())),
                Reply.document(s.t("appeal.pdf_caption"), AppealPdf.document(appeal, letter, s.texts())),
                // When submitted, the person gives its e-Otinish number in "My appeals" (the flow named "appeals").
                Reply.withButtons(s.t("appeal.how_to_submit"),
                        List.of(List.of(new Button(s.t("appeal.submitted_button"), "appeals:of:" + appeal.id()))))));
    }

    /** The current question, with "Step n of N" and its choices; {@code lead} is said first when given. */
    private Reply ask(Session s, Draft d, String lead) {
        Step step = current(d);
        StringBuilder text = new StringBuilder();
        if (lead != null) text.append(lead).append("\n\n");
        text.append("<i>").append(s.t("appeal.progress", "n", form.number(step, d.answers()), "total", form.count(d.answers())))
                .append("</i>\n");
        if (step.kind() == Step.Kind.REVIEW) return review(s, d, text);
        text.append(step.prompt().get(s.lang()));
        List<List<Button>> buttons = new ArrayList<>();
        String now = d.answers().get(step.key());
        switch (step.kind()) {
            case CHOICE -> {
                for (Step.Option o : step.options()) {
                    String note = o.note().get(s.lang());
                    if (note != null) text.append("\n• <b>").append(o.label().get(s.lang())).append("</b> — ").append(note);
                    buttons.add(List.of(button(o.label().get(s.lang()), "pick:" + o.value())));
                }
                if (now != null) text.append("\n\n").append(s.t("appeal.current", "value", Html.escape(shown(step, now, s))));
            }
            case FILES -> {
                text.append("\n\n").append(d.files().isEmpty() ? s.t("appeal.files_none")
                        : s.t("appeal.files_list", "list", Html.escape(fileList(d.files()))));
                buttons.addAll(fileButtons(s, d));
            }
            default -> {
                if (now != null && !now.isEmpty()) {
                    text.append("\n\n").append(s.t("appeal.current", "value", Html.escape(preview(now))));
                    buttons.add(List.of(button(s.t("appeal.keep_current"), "keep_current")));
                }
                for (int i = 0; i < step.suggestions().size(); i++) {
                    buttons.add(List.of(button(step.suggestions().get(i).button().get(s.lang()), "suggest:" + i)));
                }
                if (step.isOptional(d.answers())) buttons.add(List.of(button(s.t("appeal.skip"), "skip")));
            }
        }
        if (!d.reviewing() && form.before(step, d.answers()).isPresent()) buttons.add(List.of(button(s.t("appeal.back"), "back")));
        return Reply.withButtons(text.toString(), buttons);
    }

    private Reply review(Session s, Draft d, StringBuilder text) {
        text.append(s.t("appeal.review_title")).append('\n');
        List<Button> edits = new ArrayList<>();
        for (Step st : form.applicable(d.answers())) {
            String value = st.kind() == Step.Kind.FILES
                    ? (d.files().isEmpty() ? s.t("appeal.review_none") : fileList(d.files()))
                    : shown(st, d.answers().getOrDefault(st.key(), ""), s);
            if (value.isEmpty()) value = "—";
            text.append("\n<b>").append(st.label().get(s.lang())).append(":</b> ").append(Html.escape(preview(value)));
            edits.add(button(s.t("appeal.edit", "field", st.label().get(s.lang())), "edit:" + st.key()));
        }
        boolean latin = !latinAnswers(s, d).isEmpty();
        if (latin) text.append("\n\n").append(s.t("appeal.cyrillic_offer"));
        text.append("\n\n").append(current(d).prompt().get(s.lang()));
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < edits.size(); i += 2) rows.add(edits.subList(i, Math.min(i + 2, edits.size())));
        if (latin) rows.add(List.of(button(s.t("appeal.cyrillic"), "cyrillic")));
        rows.add(List.of(button(s.t("appeal.confirm"), "confirm")));
        return Reply.withButtons(text.toString(), rows);
    }

    /** Checks whose answers are words a letter shows, which a Kazakh typed in Latin may want in Cyrillic. */
    private static final java.util.Set<String> WORDS = java.util.Set.of("text", "addressee", "address", "organisation", "name", "full_name");

    /** The keys of a Kazakh appeal's worded answers typed mostly in Latin letters. */
    private List<String> latinAnswers(Session s, Draft d) {
        if (s.lang() != Lang.KK) return List.of();
        return form.applicable(d.answers()).stream()
                .filter(st -> st.kind() == Step.Kind.ANSWER && WORDS.contains(st.check()))
                .map(Step::key)
                .filter(k -> KazakhCyrillic.mostlyLatin(d.answers().getOrDefault(k, "")))
                .toList();
    }

    private List<List<Button>> fileButtons(Session s, Draft d) {
        List<Button> row = new ArrayList<>();
        row.add(button(s.t("appeal.files_done"), "files_done"));
        if (!d.files().isEmpty()) row.add(button(s.t("appeal.files_clear"), "files_clear"));
        return List.of(row);
    }

    private static String fileList(List<FileInfo> files) {
        List<String> names = new ArrayList<>();
        for (FileInfo f : files) names.add(f.name() + " (" + AppealLetter.size(f.sizeBytes()) + ")");
        return String.join(", ", names);
    }

    private static String shown(Step step, String value, Session s) {
        Step.Option o = step.kind() == Step.Kind.CHOICE ? step.option(value) : null;
        return o == null ? value : o.label().get(s.lang());
    }

    /** A typed choice: its label in either language, or its number in the list. */
    private static Step.Option optionNamed(Step step, String text) {
        String t = text.strip();
        if (t.matches("\\d{1,2}")) {
            int i = Integer.parseInt(t) - 1;
            return i >= 0 && i < step.options().size() ? step.options().get(i) : null;
        }
        for (Step.Option o : step.options()) {
            for (String label : o.label().values()) if (sameWords(t, label)) return o;
        }
        return null;
    }

    private static boolean sameWords(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static String note(Session s, Check c) {
        return s.t("appeal.note." + c.note(), escapedArgs(c));
    }

    private static String error(Session s, Check c) {
        return s.t("appeal.error." + c.error(), escapedArgs(c));
    }

    /** A check's placeholder values, which quote what the person typed, escaped for the HTML the texts are. */
    private static Object[] escapedArgs(Check c) {
        Object[] args = c.args().toArray();
        for (int i = 1; i < args.length; i += 2) args[i] = Html.escape(String.valueOf(args[i]));
        return args;
    }

    private static String preview(String value) {
        return value.codePointCount(0, value.length()) <= REVIEW_PREVIEW ? value : firstCodePoints(value, REVIEW_PREVIEW) + "…";
    }

    private static String firstCodePoints(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    private static Button button(String label, String action) {
        return new Button(label, NAME + ":" + action);
    }
}
