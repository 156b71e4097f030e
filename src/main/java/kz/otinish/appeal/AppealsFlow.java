package kz.otinish.appeal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.otinish.Html;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.Flow;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.dialog.Session;

/** "My appeals": the user's confirmed appeals, newest first, each one's PDF made again on request. */
public final class AppealsFlow implements Flow {
    public static final String NAME = "appeals";
    private static final int SHOWN = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private final AppealForm form;

    public AppealsFlow(AppealForm form) {
        this.form = form;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reply> start(Session s, String argument) {
        List<Appeal> appeals = Appeals.list(s.db(), s.chat());
        if (appeals.isEmpty()) return s.finish(List.of(Reply.text(s.t("appeals.empty"))));
        List<List<Button>> rows = new ArrayList<>();
        StringBuilder list = new StringBuilder(s.t("appeals.title"));
        Step type = form.step("type").orElseThrow();
        int n = 0;
        for (Appeal a : appeals.subList(0, Math.min(SHOWN, appeals.size()))) {
            Step.Option o = type.option(a.answers().getOrDefault("type", ""));
            String subject = a.answers().getOrDefault("subject", "");
            // The list says each appeal whole; its button, which a phone would cut, says the day and the topic's start.
            list.append('\n').append(++n).append(". ").append(Html.escape(s.t("appeals.item", "date", a.filedOn().format(PastDate.SHOWN),
                    "type", o == null ? "" : o.label().get(s.lang()), "subject", subject)));
            String label = n + ". " + a.filedOn().format(DAY) + " · ";
            Cut cut = Cut.at(subject, AppealForm.BUTTON_MAX - label.codePointCount(0, label.length()) - 1);
            rows.add(List.of(new Button(label + cut.kept() + (cut.dropped().isEmpty() ? "" : "…"), NAME + ":pdf:" + a.id())));
        }
        return List.of(Reply.withButtons(list.toString(), rows));
    }

    @Override
    public List<Reply> handle(Session s, Incoming in) {
        if (in.isButton() && in.button().startsWith(NAME + ":pdf:")) {
            String id = in.button().substring((NAME + ":pdf:").length());
            Optional<Appeal> appeal = id.matches("\\d{1,18}")
                    ? Appeals.find(s.db(), s.chat(), Long.parseLong(id)) : Optional.empty();
            if (appeal.isEmpty()) return List.of(Reply.text(s.t("appeals.not_found")));
            AuditTrail.record(s.db(), s.chat(), "appeal.pdf_sent", "id=" + appeal.get().id());
            AppealLetter letter = AppealLetter.of(appeal.get(), form, s.texts());
            return s.finish(List.of(Reply.document(s.t("appeal.pdf_caption"), AppealPdf.document(appeal.get(), letter, s.texts()))));
        }
        if (in.isText()) {
            Optional<List<Reply>> faq = s.answerIfQuestion(in.text());
            if (faq.isPresent()) return s.finish(faq.get());
        }
        return start(s, "");
    }
}
