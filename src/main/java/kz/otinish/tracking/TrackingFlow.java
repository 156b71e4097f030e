package kz.otinish.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.otinish.Html;
import kz.otinish.Lang;
import kz.otinish.akimat.AdminUnit;
import kz.otinish.akimat.PlaceMatcher;
import kz.otinish.akimat.PlaceResult;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFlow;
import kz.otinish.appeal.AppealForm;
import kz.otinish.appeal.AppealLetter;
import kz.otinish.appeal.AppealPdf;
import kz.otinish.appeal.Appeals;
import kz.otinish.appeal.Check;
import kz.otinish.appeal.Cut;
import kz.otinish.appeal.Draft;
import kz.otinish.appeal.Drafts;
import kz.otinish.appeal.PastDate;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.Flow;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.dialog.Session;

/**
 * "My appeals": every appeal the user follows — written in the bot or filed elsewhere — with its status as e-Otinish
 * names it, its registration number and date, and the day the answer is due on Kazakhstan's working days, newest
 * first. Opening one shows its history and what to do now; the user reports a new status with a button. e-Otinish has
 * no public API: the status is what the user reads in their cabinet or SMS.
 *
 * <p>Buttons: appeals:show:ID · add · register:ID · of:APPEAL · status:ID:CODE · remind:ID · pdf:APPEAL · skip · list.
 * A step being asked is kept in the conversation's state ({@code step}, {@code target} and the answers so far).
 */
public final class TrackingFlow implements Flow {
    public static final String NAME = "appeals";
    private static final int SHOWN = 20, BUTTON_MAX = 30, NUMBER_MAX = 40, TEXT_MAX = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    /** Statuses a user can report, in the order e-Otinish shows them. */
    private static final List<Status> REPORTED = List.of(Status.NOT_REGISTERED, Status.REGISTERED, Status.IN_PROGRESS,
            Status.EXTENDED, Status.FORWARDED, Status.DONE, Status.WITHDRAWN);
    private final AppealForm form;
    private final WorkCalendar calendar;
    private final int term;
    private final Clock clock;
    private final PlaceMatcher places;

    /** {@code term}: working days to answer (knowledge-base/facts.yaml's review_deadline.working_days). */
    public TrackingFlow(AppealForm form, WorkCalendar calendar, int term, Clock clock, PlaceMatcher places) {
        this.places = places;
        this.form = form;
        this.calendar = calendar;
        this.term = term;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The list, or with {@code argument} (/status NUMBER) the appeal with that registration number. */
    @Override
    public List<Reply> start(Session s, String argument) {
        TrackedAppeals.followOwn(s.db(), s.chat());
        List<Reply> out;
        if (argument != null && !argument.isBlank()) {
            out = TrackedAppeals.byNumber(s.db(), s.chat(), argument.strip())
                    .map(t -> List.of(shown(s, t)))
                    .orElseGet(() -> List.of(Reply.text(s.t("tracking.no_number", "number", Html.escape(argument.strip()))), list(s)));
        } else {
            out = List.of(list(s));
        }
        return leavingUnlessAsking(s, out);
    }

    @Override
    public List<Reply> handle(Session s, Incoming in) {
        TrackedAppeals.followOwn(s.db(), s.chat());
        if (in.isButton()) return leavingUnlessAsking(s, pressed(s, in.button().substring(NAME.length() + 1)));
        String step = s.state().get("step");
        if (in.isText() && step != null) return leavingUnlessAsking(s, answered(s, step, in.text().strip()));
        return leavingUnlessAsking(s, List.of(list(s)));
    }

    /** Only a question being asked keeps the chat here; otherwise what is typed next belongs to the main chat. */
    private static List<Reply> leavingUnlessAsking(Session s, List<Reply> out) {
        if (!s.state().containsKey("step")) s.leave();
        return out;
    }

    private List<Reply> pressed(Session s, String data) {
        String[] p = data.split(":");
        switch (p[0]) {
            case "list" -> {
                s.state().clear();
                return List.of(list(s));
            }
            case "add" -> {
                return ask(s, "add_number", null, "tracking.ask_number", true);
            }
            case "show" -> {
                return tracked(s, p).map(t -> List.of(shown(s, t))).orElseGet(() -> gone(s));
            }
            case "register" -> {
                return tracked(s, p).map(t -> ask(s, "reg_number", String.valueOf(t.id()), "tracking.ask_number", true)).orElseGet(() -> gone(s));
            }
            case "of" -> {
                // From the message after an appeal was confirmed: "I have submitted it".
                Optional<TrackedAppeals.Tracked> t = p.length > 1 && p[1].matches("\\d{1,18}")
                        ? TrackedAppeals.byAppeal(s.db(), s.chat(), Long.parseLong(p[1])) : Optional.empty();
                return t.map(x -> ask(s, "reg_number", String.valueOf(x.id()), "tracking.ask_number", true)).orElseGet(() -> gone(s));
            }
            case "skip" -> {
                String step = s.state().get("step");
                if ("add_number".equals(step) || "reg_number".equals(step)) return answered(s, step, "");
                return List.of(list(s));
            }
            case "status" -> {
                Optional<Status> status = p.length > 2 ? Status.fromCode(p[2]) : Optional.empty();
                Optional<TrackedAppeals.Tracked> t = tracked(s, p);
                if (t.isEmpty() || status.isEmpty()) return gone(s);
                return statusReported(s, t.get(), status.get());
            }
            case "remind" -> {
                Optional<TrackedAppeals.Tracked> t = tracked(s, p);
                if (t.isEmpty()) return gone(s);
                TrackedAppeals.setReminders(s.db(), t.get().id(), !t.get().reminders());
                return List.of(Reply.text(s.t(t.get().reminders() ? "tracking.reminders_off" : "tracking.reminders_on")),
                        shown(s, TrackedAppeals.find(s.db(), s.chat(), t.get().id()).orElseThrow()));
            }
            case "complain" -> {
                return tracked(s, p).map(t -> complaint(s, t)).orElseGet(() -> gone(s));
            }
            case "pdf" -> {
                Optional<Appeal> appeal = p.length > 1 && p[1].matches("\\d{1,18}")
                        ? Appeals.find(s.db(), s.chat(), Long.parseLong(p[1])) : Optional.empty();
                if (appeal.isEmpty()) return gone(s);
                AppealLetter letter = AppealLetter.of(appeal.get(), form, s.texts());
                return List.of(Reply.document(s.t("appeal.pdf_caption"), AppealPdf.document(appeal.get(), letter, s.texts())));
            }
            default -> {
                return gone(s);
            }
        }
    }

    /**
     * A complaint about this appeal — its term missed, or its answer disputed — started in the form with what the bot
     * knows filled in (type, what is challenged, its date, the topic); the person names the higher body and the rest.
     * An unfinished appeal already in the form is not overwritten: it is offered to be finished first.
     */
    private List<Reply> complaint(Session s, TrackedAppeals.Tracked t) {
        if (Drafts.find(s.db(), s.chat()).map(d -> !d.answers().isEmpty()).orElse(false)) {
            return List.of(Reply.text(s.t("tracking.complaint.draft_first")), s.enter(AppealFlow.NAME, "").getFirst());
        }
        boolean late = t.dueOn() != null && LocalDate.now(clock).isAfter(t.dueOn()) && t.status().awaitsAnswer();
        String kind = late ? "late" : "answer";
        String number = t.number() == null ? "—" : t.number();
        String registered = t.registeredOn() == null ? "—" : t.registeredOn().format(PastDate.SHOWN);
        Map<String, String> answers = new HashMap<>();
        answers.put("type", "complaint");
        answers.put("challenged", s.t("tracking.complaint." + kind + "_challenged", "number", number, "date", registered,
                "addressee", t.addressee() == null ? "—" : t.addressee(), "due", t.dueOn() == null ? "—" : t.dueOn().format(PastDate.SHOWN)));
        answers.put("challenged_date", late ? t.dueOn().format(PastDate.SHOWN) : "");
        answers.put("subject", s.t("tracking.complaint." + kind + "_subject", "number", number));
        Drafts.save(s.db(), s.chat(), new Draft("addressee", answers, List.of(), false, null));
        List<Reply> out = new ArrayList<>();
        out.add(Reply.text(s.t("tracking.complaint.prepared")));
        out.addAll(s.enter(AppealFlow.NAME, AppealFlow.PREPARED));
        return out;
    }

    /** A status the user read in e-Otinish: recorded from today; a term extended asks for the new date. */
    private List<Reply> statusReported(Session s, TrackedAppeals.Tracked t, Status status) {
        LocalDate today = LocalDate.now(clock);
        if (status == Status.EXTENDED) return ask(s, "extend_date", String.valueOf(t.id()), "tracking.ask_new_due", false);
        if (status == Status.REGISTERED && t.registeredOn() == null) return ask(s, "reg_number", String.valueOf(t.id()), "tracking.ask_number", true);
        TrackedAppeals.setStatus(s.db(), t.id(), status, today, null);
        s.state().clear();
        return List.of(shown(s, TrackedAppeals.find(s.db(), s.chat(), t.id()).orElseThrow()));
    }

    /** A typed answer to the step being asked. */
    private List<Reply> answered(Session s, String step, String text) {
        LocalDate today = LocalDate.now(clock);
        switch (step) {
            case "add_number", "reg_number" -> {
                if (text.codePointCount(0, text.length()) > NUMBER_MAX) return retry(s, "tracking.number_long", true);
                s.state().put("number", text);
                return ask(s, step.startsWith("add") ? "add_date" : "reg_date", s.state().get("target"), "tracking.ask_date", false);
            }
            case "add_date", "reg_date" -> {
                Check c = PastDate.check(text, today);
                if (!c.isOk()) return retry(s, "appeal.error." + c.error(), false);
                LocalDate registered = LocalDate.parse(c.value(), PastDate.SHOWN);
                if (step.equals("reg_date")) {
                    Optional<TrackedAppeals.Tracked> t = target(s);
                    if (t.isEmpty()) return gone(s);
                    TrackedAppeals.register(s.db(), t.get().id(), blankToNull(s.state().get("number")), registered, due(registered));
                    s.state().clear();
                    return List.of(shown(s, TrackedAppeals.find(s.db(), s.chat(), t.get().id()).orElseThrow()));
                }
                s.state().put("date", c.value());
                return ask(s, "add_addressee", null, "tracking.ask_addressee", false);
            }
            case "add_addressee" -> {
                if (text.length() < 3 || text.codePointCount(0, text.length()) > TEXT_MAX) return retry(s, "tracking.text_length", false);
                s.state().put("addressee", officialName(s, text));
                return ask(s, "add_subject", null, "tracking.ask_subject", false);
            }
            case "add_subject" -> {
                if (text.length() < 3 || text.codePointCount(0, text.length()) > TEXT_MAX) return retry(s, "tracking.text_length", false);
                LocalDate registered = LocalDate.parse(s.state().get("date"), PastDate.SHOWN);
                long id = TrackedAppeals.add(s.db(), s.chat(), blankToNull(s.state().get("number")), registered,
                        s.state().get("addressee"), text, due(registered), today);
                s.state().clear();
                return List.of(Reply.text(s.t("tracking.added")), shown(s, TrackedAppeals.find(s.db(), s.chat(), id).orElseThrow()));
            }
            case "extend_date" -> {
                Check c = PastDate.upcoming(text, today);
                if (!c.isOk()) return retry(s, "appeal.error." + c.error(), false);
                Optional<TrackedAppeals.Tracked> t = target(s);
                if (t.isEmpty()) return gone(s);
                TrackedAppeals.setStatus(s.db(), t.get().id(), Status.EXTENDED, today, LocalDate.parse(c.value(), PastDate.SHOWN));
                s.state().clear();
                return List.of(shown(s, TrackedAppeals.find(s.db(), s.chat(), t.get().id()).orElseThrow()));
            }
            default -> {
                s.state().clear();
                return List.of(list(s));
            }
        }
    }

    /** "акимат Капчагая": the akimat's apparatus by its official name when the directory knows exactly one such place. */
    private String officialName(Session s, String typed) {
        if (!PlaceMatcher.namesAnAkimat(typed)) return typed;
        PlaceResult found = places.find(typed);
        if (!found.found() || found.ambiguous()) return typed;
        AdminUnit unit = found.matches().getFirst().unit();
        return s.lang() == Lang.KK ? unit.apparatusKk() : unit.apparatusRu();
    }

    private LocalDate due(LocalDate registered) {
        return DueDate.after(registered, term, calendar).due();
    }

    /** Asks {@code key}'s question for {@code step}; what was answered so far stays in the state. */
    private List<Reply> ask(Session s, String step, String target, String key, boolean skippable) {
        // The first question of a sequence starts from a clean state; later ones keep what was answered so far.
        if (step.equals("add_number") || step.equals("reg_number") || step.equals("extend_date")) {
            s.state().clear();
            if (target != null) s.state().put("target", target);
        }
        s.state().put("step", step);
        return said(s, key, skippable);
    }

    /** The same question again after a refused answer: its reason, with the same way out. */
    private List<Reply> retry(Session s, String errorKey, boolean skippable) {
        return said(s, errorKey, skippable);
    }

    private List<Reply> said(Session s, String key, boolean skippable) {
        List<List<Button>> rows = new ArrayList<>();
        if (skippable) rows.add(List.of(button(s.t("tracking.no_number_yet"), "skip")));
        rows.add(List.of(button(s.t("tracking.back_to_list"), "list")));
        return List.of(Reply.withButtons(s.t(key), rows));
    }

    private List<Reply> gone(Session s) {
        s.state().clear();
        return List.of(Reply.text(s.t("appeals.not_found")), list(s));
    }

    private Optional<TrackedAppeals.Tracked> tracked(Session s, String[] p) {
        return p.length > 1 && p[1].matches("\\d{1,18}") ? TrackedAppeals.find(s.db(), s.chat(), Long.parseLong(p[1])) : Optional.empty();
    }

    private Optional<TrackedAppeals.Tracked> target(Session s) {
        String id = s.state().get("target");
        return id != null && id.matches("\\d{1,18}") ? TrackedAppeals.find(s.db(), s.chat(), Long.parseLong(id)) : Optional.empty();
    }

    /** Every appeal in a line (status, number, due date), newest first; a short numbered button for each. */
    private Reply list(Session s) {
        List<TrackedAppeals.Tracked> all = TrackedAppeals.list(s.db(), s.chat());
        List<List<Button>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(s.t(all.isEmpty() ? "appeals.empty" : "appeals.title"));
        int n = 0;
        for (TrackedAppeals.Tracked t : all.subList(0, Math.min(SHOWN, all.size()))) {
            text.append("\n").append(++n).append(". ").append(Html.escape(subject(t))).append(" — ").append(summary(s, t));
            String label = n + ". " + (t.registeredOn() != null ? t.registeredOn() : t.createdOn()).format(DAY) + " · ";
            Cut cut = Cut.at(subject(t), BUTTON_MAX - label.codePointCount(0, label.length()) - 1);
            rows.add(List.of(button(label + cut.kept() + (cut.dropped().isEmpty() ? "" : "…"), "show:" + t.id())));
        }
        rows.add(List.of(button(s.t("tracking.add"), "add")));
        return Reply.withButtons(text.toString(), rows);
    }

    /** "Зарегистрировано, № 123, ответ до 27.03.2026 (осталось 5 рабочих дней)". */
    private String summary(Session s, TrackedAppeals.Tracked t) {
        StringBuilder out = new StringBuilder(s.t("tracking.status." + t.status().code()));
        if (t.number() != null) out.append(", ").append(s.t("tracking.number", "number", Html.escape(t.number())));
        if (t.dueOn() != null && t.status().awaitsAnswer()) {
            int left = calendar.workingDaysLeft(LocalDate.now(clock), t.dueOn());
            out.append(", ").append(s.t(left >= 0 ? "tracking.due" : "tracking.overdue", "date", t.dueOn().format(PastDate.SHOWN),
                    "days", Math.abs(left)));
        }
        return out.toString();
    }

    /** One appeal: what it is, its status and due date, its history, what to do now, and the buttons to report a status. */
    private Reply shown(Session s, TrackedAppeals.Tracked t) {
        s.state().clear();
        StringBuilder text = new StringBuilder("<b>").append(Html.escape(subject(t))).append("</b>");
        if (t.addressee() != null) text.append("\n").append(s.t("tracking.addressee", "addressee", Html.escape(t.addressee())));
        if (t.registeredOn() != null) text.append("\n").append(s.t("tracking.registered", "date", t.registeredOn().format(PastDate.SHOWN)));
        text.append("\n").append(summary(s, t));
        List<TrackedAppeals.Event> history = TrackedAppeals.history(s.db(), t.id());
        if (!history.isEmpty()) {
            text.append("\n\n").append(s.t("tracking.history"));
            for (TrackedAppeals.Event e : history) {
                text.append("\n• ").append(e.onDate().format(PastDate.SHOWN)).append(" — ").append(s.t("tracking.status." + e.status().code()));
                if (e.status() == Status.EXTENDED && e.dueOn() != null) text.append(" (").append(e.dueOn().format(PastDate.SHOWN)).append(")");
            }
        }
        boolean late = t.dueOn() != null && t.status().awaitsAnswer() && LocalDate.now(clock).isAfter(t.dueOn());
        text.append("\n\n").append(s.t(late ? "tracking.next.late" : "tracking.next." + t.status().code()));
        if (t.status() == Status.NOT_SUBMITTED || t.status() == Status.REGISTERED && t.registeredOn() == null) {
            text.append("\n\n").append(s.t("tracking.report"));
        }
        List<List<Button>> rows = new ArrayList<>();
        if (late || t.status() == Status.DONE) rows.add(List.of(button(s.t(late ? "tracking.complain_late" : "tracking.complain_answer"), "complain:" + t.id())));
        List<Button> statuses = new ArrayList<>();
        for (Status status : REPORTED) {
            if (status != t.status() || status == Status.EXTENDED) statuses.add(button(s.t("tracking.set." + status.code()), "status:" + t.id() + ":" + status.code()));
        }
        for (int i = 0; i < statuses.size(); i += 2) rows.add(statuses.subList(i, Math.min(i + 2, statuses.size())));
        if (t.appealId() != null) rows.add(List.of(button(s.t("tracking.pdf"), "pdf:" + t.appealId())));
        rows.add(List.of(button(s.t(t.reminders() ? "tracking.remind_off" : "tracking.remind_on"), "remind:" + t.id()),
                button(s.t("tracking.back_to_list"), "list")));
        return Reply.withButtons(text.toString(), rows);
    }

    private static String subject(TrackedAppeals.Tracked t) {
        return t.subject() == null || t.subject().isBlank() ? "—" : t.subject();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Button button(String label, String action) {
        return new Button(label, NAME + ":" + action);
    }
}
