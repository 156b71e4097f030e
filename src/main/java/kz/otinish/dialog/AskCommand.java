package kz.otinish.dialog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.otinish.Html;
import kz.otinish.Lang;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.knowledge.FaqEntry;
import kz.otinish.search.FaqCorpus;
import kz.otinish.search.ModelCache;
import kz.otinish.search.FaqResult;
import kz.otinish.search.FaqSearch;

/**
 * {@code ask [--lang kk|ru] [--json] [QUESTION]}: the FAQ answer to one question, or to each line of
 * stdin (JSON Lines with --json). Without --lang the answer is in the language the question was written in.
 */
public final class AskCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AskCommand() {}

    public static int run(List<String> args, InputStream in, PrintStream out, ModelCache models) throws IOException {
        Lang lang = null;
        boolean json = false;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--lang") && i + 1 < args.size()) {
                Optional<Lang> l = Lang.fromCode(args.get(++i));
                if (l.isEmpty()) return fail("--lang takes kk or ru");
                lang = l.get();
            } else if (a.startsWith("--")) {
                return fail("unknown option " + a);
            } else {
                words.add(a);
            }
        }
        ContentRoot content = ContentRoot.locate();
        Texts texts = Texts.load(content);
        FaqSearch faq = FaqCorpus.load(content.knowledgeBase(), models).current();
        if (!words.isEmpty()) {
            out.println(answer(faq, texts, String.join(" ", words), lang, json));
        } else {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) continue;
                out.println(answer(faq, texts, line, lang, json));
                out.flush();
            }
        }
        return 0;
    }

    static String answer(FaqSearch faq, Texts texts, String question, Lang wanted, boolean json) throws IOException {
        FaqResult r = faq.search(question);
        Lang lang = wanted != null ? wanted : r.queryLang();
        if (json) {
            ObjectNode o = JSON.createObjectNode();
            o.put("answered", r.answered());
            o.put("lang", lang.code());
            o.put("id", r.answer().map(FaqEntry::id).orElse(null));
            o.put("score", Math.round(r.score() * 1000) / 1000.0);
            o.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
            o.put("model_score", Math.round(r.modelScore() * 1000) / 1000.0);
            o.put("reason", r.reason().name().toLowerCase(java.util.Locale.ROOT));
            o.put("question", r.answer().map(e -> e.in(lang).question()).orElse(null));
            o.put("answer", r.answer().map(e -> e.in(lang).answer()).orElse(null));
            ArrayNode suggestions = o.putArray("suggestions");
            for (FaqEntry e : r.suggestions()) suggestions.addObject().put("id", e.id()).put("title", e.in(lang).question());
            return JSON.writeValueAsString(o);
        }
        if (r.answered()) {
            StringBuilder text = new StringBuilder(Html.toPlain(AskFlow.answerText(texts, lang, r.answer().get())));
            if (!r.suggestions().isEmpty()) text.append("\n").append(Html.toPlain(texts.get(lang, "ask.other_topics"))).append(topics(r, lang));
            return text.toString();
        }
        if (r.smallTalk() != FaqResult.SmallTalk.NONE) return Html.toPlain(texts.get(lang, AskFlow.smallTalkKey(r)));
        StringBuilder text = new StringBuilder(Html.toPlain(texts.get(lang, r.suggestions().isEmpty() ? "ask.not_found" : "ask.not_sure")));
        return text.append(topics(r, lang)).append("\n").append(Html.toPlain(texts.get(lang, "ask.human_help"))).toString();
    }

    /** The topics offered, a line each: "  • title [id]". */
    private static String topics(FaqResult r, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (FaqEntry e : r.suggestions()) out.append("\n  • ").append(e.in(lang).question()).append(" [").append(e.id()).append(']');
        return out.toString();
    }

    private static int fail(String message) {
        System.err.println("ask: " + message);
        return 2;
    }
}
