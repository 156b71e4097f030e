package kz.otinish.appeal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.otinish.dialog.FileInfo;
import kz.otinish.Html;
import kz.otinish.Lang;
import kz.otinish.dialog.Texts;

/**
 * An appeal laid out as the law asks (Administrative Procedural and Process Code, art. 93; the Reception
 * Centre's checklist): whom it is addressed to; the applicant's name, IIN or the organisation's name and
 * BIN, postal address and contacts; the type as a title; the essence; the date; a place for the signature
 * of the applicant or representative; the list of attachments. The same layout feeds the chat message
 * and the PDF. A question added to the form lands in the header (applicant and contacts answers) or
 * the body (everything else) without a change here.
 */
public record AppealLetter(List<String> header, String title, List<Field> body, List<String> attachments,
                           String date, String signature) {

    /** A body line "label: value", or a paragraph of the essence when {@code label} is null. */
    public record Field(String label, String value) {}

    private static final Set<String> HEADER_STAGES = Set.of("applicant", "contacts");
    /** Answers the layout places itself: the type is the title, the names make the "From" line. */
    private static final Set<String> PLACED = Set.of("type", "applicant", "addressee", "surname", "given_name",
            "patronymic", "organisation", "attachments");

    public static AppealLetter of(Appeal a, AppealForm form, Texts texts) {
        Lang lang = a.lang();
        var answers = a.answers();
        List<String> header = new ArrayList<>();
        header.add(texts.get(lang, "appeal.letter.to") + ": " + answers.getOrDefault("addressee", ""));
        header.add(texts.get(lang, "appeal.letter.from") + ": " + applicantName(a));
        List<Field> body = new ArrayList<>();
        for (Step s : form.applicable(answers)) {
            String value = shown(s, answers.get(s.key()), lang);
            if (PLACED.contains(s.key()) || value == null || value.isEmpty()) continue;
            String label = s.label().get(lang);
            if (HEADER_STAGES.contains(s.stage()) && s.kind() == Step.Kind.ANSWER) {
                String line = label + ": " + value;
                if (s.key().equals("representative")) line += " (" + texts.get(lang, "appeal.letter.on_behalf") + ")";
                header.add(line);
            } else if (s.key().equals("essence")) {
                for (String p : value.split("\\R+")) if (!p.isBlank()) body.add(new Field(null, p.strip()));
            } else {
                body.add(new Field(label, value));
            }
        }
        Step type = form.step("type").orElseThrow();
        String title = shown(type, answers.get("type"), lang).toUpperCase(Locale.forLanguageTag(lang.code()));
        List<String> attachments = new ArrayList<>();
        for (int i = 0; i < a.files().size(); i++) {
            FileInfo f = a.files().get(i);
            attachments.add((i + 1) + ". " + f.name() + " (" + size(f.sizeBytes()) + ")");
        }
        return new AppealLetter(header, title, body, attachments, a.filedOn().format(PastDate.SHOWN), signer(a));
    }

    /** The chat message: the same content, with every user-supplied string escaped. */
    public String toHtml(Texts texts, Lang lang) {
        StringBuilder out = new StringBuilder();
        header.forEach(l -> out.append(Html.escape(l)).append('\n'));
        out.append("\n<b>").append(Html.escape(title)).append("</b>\n\n");
        for (Field f : body) {
            out.append(f.label() == null ? Html.escape(f.value()) : "<b>" + Html.escape(f.label()) + ":</b> " + Html.escape(f.value()))
                    .append('\n');
        }
        out.append('\n').append(texts.get(lang, "appeal.letter.attachments")).append(": ");
        if (attachments.isEmpty()) out.append(texts.get(lang, "appeal.letter.none"));
        attachments.forEach(l -> out.append('\n').append(Html.escape(l)));
        out.append("\n\n").append(texts.get(lang, "appeal.letter.date")).append(": ").append(date)
                .append('\n').append(texts.get(lang, "appeal.letter.signature")).append(": ____________ / ")
                .append(Html.escape(signature));
        return out.toString();
    }

    private static String shown(Step s, String value, Lang lang) {
        if (value == null || s.kind() != Step.Kind.CHOICE) return value;
        Step.Option o = s.option(value);
        return o == null ? value : o.label().get(lang);
    }

    private static String applicantName(Appeal a) {
        var answers = a.answers();
        if ("legal".equals(answers.get("applicant"))) return answers.getOrDefault("organisation", "");
        return String.join(" ", nonEmpty(answers.get("surname"), answers.get("given_name"), answers.get("patronymic")));
    }

    /** "Әлиева Ә. Н.": the representative signs when there is one, otherwise the applicant. */
    private static String signer(Appeal a) {
        var answers = a.answers();
        String full = answers.get("representative");
        List<String> parts = full != null && !full.isBlank()
                ? List.of(full.strip().split(" "))
                : nonEmpty(answers.get("surname"), answers.get("given_name"), answers.get("patronymic"));
        if (parts.isEmpty()) return "";
        StringBuilder out = new StringBuilder(parts.getFirst());
        for (String p : parts.subList(1, parts.size())) out.append(' ').append(p.codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append('.');
        return out.toString();
    }

    private static List<String> nonEmpty(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) if (v != null && !v.isBlank()) out.add(v.strip());
        return out;
    }

    /** "340 КБ", "1,2 МБ": the same units in Kazakh and Russian. */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024.0)) + " КБ";
        return String.format(Locale.forLanguageTag("ru"), "%.1f МБ", bytes / (1024.0 * 1024.0));
    }
}
