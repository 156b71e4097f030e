package kz.otinish.dialog;

import io.micrometer.core.instrument.Metrics;
import kz.otinish.Html;
import kz.otinish.Lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.otinish.knowledge.FaqEntry;
import kz.otinish.search.FaqResult;
import kz.otinish.search.FaqSearch;

/**
 * Questions answered from the FAQ: the chat's default flow. When the search is not sure it does not
 * guess: it says so, offers the closest topics and where a person can help.
 */
public final class AskFlow implements Flow {
    public static final String NAME = "ask";
    /** Words that open a question in either language, typed with or without Kazakh letters. */
    private static final Pattern QUESTION = Pattern.compile(
            "(?iuU).*\\?\\s*$|^(как|какой|какая|какое|какие|сколько|где|когда|куда|зачем|почему|можно|нужно|что|кто|"
                    + "қалай|калай|қанша|канша|қайда|кайда|қашан|кашан|неше|кім|ким|неге|қандай|кандай)\\b.*");
    private final Supplier<FaqSearch> faq;
    private final UnansweredQuestions unanswered;
    /** ask.write_intent's phrases, made {@link TypedMenu#normal} once per text rather than for every question. */
    private final Map<String, List<String>> writeIntents = new ConcurrentHashMap<>();

    public AskFlow(Supplier<FaqSearch> faq) {
        this.faq = faq;
        this.unanswered = new UnansweredQuestions();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reply> start(Session s, String argument) {
        if (argument != null && !argument.isBlank()) {
            Optional<FaqEntry> entry = faq.get().entry(argument.strip().replace(' ', '-'));
            if (entry.isPresent()) return List.of(answer(s, entry.get()));
        }
        return List.of(Reply.text(s.t("ask.prompt")));
    }

    @Override
    public List<Reply> handle(Session s, Incoming in) {
        if (in.isButton() && in.button().startsWith(VOTE)) return vote(s, in.button().substring(VOTE.length()));
        if (in.isButton()) {
            s.state().remove(ASKED);
            String id = in.button().substring(NAME.length() + 1);
            return faq.get().entry(id).map(e -> List.of(answer(s, e)))
                    .orElseGet(() -> List.of(Reply.text(s.t("error.stale_button")), s.mainMenu()));
        }
        if (!in.isText() || in.text().isBlank()) return List.of(Reply.text(s.t("ask.text_only")), s.mainMenu());
        FaqResult result = faq.get().search(in.text());
        // What decided each question typed in the main chat: answered by both signals, one, or not sure.
        Metrics.counter("otinish.faq.results", "reason", result.reason().name().toLowerCase(java.util.Locale.ROOT),
                "lang", result.queryLang().code()).increment();
        List<List<Button>> write = wantsToWrite(s, in.text()) ? List.of(List.of(new Button(s.t("menu.appeal"), "menu:appeal"))) : List.of();
        if (result.answered()) {
            s.state().put(ASKED, in.text());
            return List.of(answer(s, result.answer().get(), write, result.suggestions()));
        }
        if (result.smallTalk() != FaqResult.SmallTalk.NONE) return List.of(Reply.text(s.t(smallTalkKey(result))), s.mainMenu());
        unanswered.record(s.db(), s.chat(), s.lang(), in.text());
        return List.of(notSure(s, result, write));
    }

    /**
     * "Хочу написать жалобу", "шағым жазғым келеді" (bot/texts: ask.write_intent): whatever the FAQ answers, the
     * person may want the form itself, so the answer comes with a button to it.
     */
    private boolean wantsToWrite(Session s, String text) {
        String said = " " + TypedMenu.normal(text) + " ";
        for (Lang lang : Lang.values()) {
            for (String phrase : writeIntents.computeIfAbsent(s.texts().get(lang, "ask.write_intent"), AskFlow::phrases)) {
                if (said.contains(phrase)) return true;
            }
        }
        return false;
    }

    /** "хочу написать жалобу, шағым жазғым келеді" → " хочу написать жалобу ", " шагым жазгым келеди ". */
    private static List<String> phrases(String commaList) {
        return Arrays.stream(commaList.split(",")).map(TypedMenu::normal).filter(p -> !p.isEmpty()).map(p -> " " + p + " ").toList();
    }

    /** A question typed in the middle of another flow, answered only when the FAQ is confident. */
    Optional<List<Reply>> answerIfQuestion(Session s, String text) {
        if (text == null || !QUESTION.matcher(text.strip()).matches()) return Optional.empty();
        FaqResult result = faq.get().search(text);
        // No 👍 / 👎 here: pressing one would take the person out of the flow they are in.
        return result.answer().map(e -> {
            s.shown(e.id());
            return List.of(Reply.text(answerText(s.texts(), s.lang(), e)));
        });
    }

    /** Whether the main chat has something to say to {@code text}: a question's form, an answer, topics, small talk. */
    boolean understands(String text) {
        if (QUESTION.matcher(text.strip()).matches()) return true;
        FaqResult result = faq.get().search(text);
        return result.answered() || result.confidence() > 0 && !result.suggestions().isEmpty() || result.smallTalk() != FaqResult.SmallTalk.NONE;
    }

    /** The reply's text key for a greeting or thanks. */
    static String smallTalkKey(FaqResult result) {
        return result.smallTalk() == FaqResult.SmallTalk.THANKS ? "ask.thanks" : "ask.small_talk";
    }

    private Reply answer(Session s, FaqEntry e) {
        return answer(s, e, List.of(), List.of());
    }

    /**
     * An entry shown to the user, counted for the admins' usage report, with 👍 / 👎 under it, and the topics the
     * question may also be about (those the search rated nearly as high) as buttons.
     */
    private Reply answer(Session s, FaqEntry e, List<List<Button>> buttons, List<FaqEntry> otherTopics) {
        s.shown(e.id());
        List<List<Button>> rows = new ArrayList<>(buttons);
        String text = answerText(s.texts(), s.lang(), e);
        if (!otherTopics.isEmpty()) {
            text += "\n\n" + s.t("ask.other_topics");
            rows.addAll(topicButtons(s, otherTopics));
        }
        rows.add(List.of(new Button(s.t("ask.helped"), VOTE + "up:" + e.id()), new Button(s.t("ask.not_helped"), VOTE + "down:" + e.id())));
        return Reply.withButtons(text, rows);
    }

    /** One button a row for each topic, labelled with its short name. */
    private static List<List<Button>> topicButtons(Session s, List<FaqEntry> topics) {
        return topics.stream().map(e -> List.of(new Button(e.in(s.lang()).button(), NAME + ":" + e.id()))).toList();
    }

    /** Button data of a vote: "ask:vote:up:ENTRY" or "ask:vote:down:ENTRY". */
    private static final String VOTE = NAME + ":vote:";
    /** In the chat's state: the question the last answer was for, until another is asked or a topic pressed. */
    private static final String ASKED = "asked";

    private List<Reply> vote(Session s, String data) {
        boolean helped = data.startsWith("up:");
        String id = data.substring(data.indexOf(':') + 1);
        Optional<FaqEntry> shown = faq.get().entry(id);
        if (shown.isEmpty()) return List.of(Reply.text(s.t("error.stale_button")), s.mainMenu());
        Object asked = s.state().remove(ASKED);
        AnswerFeedback.record(s.db(), s.chat(), s.lang(), id, helped, asked == null ? null : asked.toString());
        if (helped) return List.of(Reply.text(s.t("ask.vote_thanks")));
        // The question may be about another entry: the closest others, one tap each, before a person's number.
        List<FaqEntry> others = asked == null ? List.of() : faq.get().otherTopics(asked.toString(), shown.get());
        if (others.isEmpty()) return List.of(Reply.text(s.t("ask.vote_sorry") + "\n\n" + s.t("ask.human_help")), s.mainMenu());
        return List.of(Reply.withButtons(s.t("ask.vote_sorry_topics") + "\n\n" + s.t("ask.human_help"), topicButtons(s, others)), s.mainMenu());
    }

    /**
     * An entry as the bot shows it: title, answer, and the documents it comes from. The sections are the documents'
     * own Kazakh headings, so a Russian reader gets each document's title once, in Russian, and no Kazakh heading.
     */
    static String answerText(Texts texts, Lang lang, FaqEntry e) {
        FaqEntry.Text t = e.in(lang);
        String sources = lang == Lang.KK
                ? e.sources().stream().map(c -> Html.escape(c.document().title().get(lang)) + ", " + Html.escape(cited(c.section())))
                        .collect(Collectors.joining("; "))
                : e.sources().stream().map(c -> Html.escape(c.document().title().get(lang))).distinct()
                        .collect(Collectors.joining("; "));
        return "<b>" + Html.escape(t.question()) + "</b>\n\n" + t.answer().strip() + "\n\n<i>"
                + texts.get(lang, "ask.source", "sources", sources) + "</i>";
    }

    /**
     * A section as cited: a heading in quotation marks («„e-Otinish“ жүйесінен … тапқыңыз келе ме?»), so that one worded
     * as a question does not read as the bot asking it (a person answered «иә»); a numbered reference ("76-бап",
     * "1-тарау, 4-тармақ") and a heading already quoted whole stay as they are.
     */
    static String cited(String section) {
        boolean quotedWhole = section.startsWith("«") && section.endsWith("»") && section.indexOf('«', 1) < 0;
        if (section.isEmpty() || Character.isDigit(section.charAt(0)) || quotedWhole) return section;
        return "«" + section.replace('«', '„').replace('»', '“') + "»";
    }

    private Reply notSure(Session s, FaqResult result, List<List<Button>> more) {
        List<List<Button>> rows = new ArrayList<>(topicButtons(s, result.suggestions()));
        String text = s.t(rows.isEmpty() ? "ask.not_found" : "ask.not_sure") + "\n\n" + s.t("ask.human_help");
        rows.addAll(more);
        return Reply.withButtons(text, rows);
    }
}
