package kz.otinish.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import kz.otinish.Lang;

/**
 * The unanswered questions grouped as the bot reads them: two questions whose terms after the bot's own analysis are
 * the same set ("как отозвать жалобу?" and "Отозвать жалобу как") are one group, counted together, most asked first;
 * its people are those of its most widely asked wording (one person may have asked several).
 */
public final class UnansweredGroups {
    /** One group: its most asked wording, the others, and the counts of all of them. */
    public record Group(String question, List<String> others, int times, int people, Instant lastAsked, String lang,
                        List<String> candidates) {
        public String tryHref() {
            return "/admin/try?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
        }
    }

    private UnansweredGroups() {}

    /**
     * {@code rows} most asked first; {@code tokens} is the search's analysis of a text in a language; {@code candidates}
     * the entries a question may belong to, best first (the topics the bot offered, the model's guesses).
     */
    static List<Group> of(List<AdminReport.Unanswered> rows, BiFunction<Lang, String, List<String>> tokens,
                          java.util.function.Function<String, List<String>> candidates) {
        Map<String, List<AdminReport.Unanswered>> byTerms = new LinkedHashMap<>();
        for (AdminReport.Unanswered row : rows) {
            Lang lang = Lang.fromCode(row.lang()).orElse(Lang.RU);
            TreeSet<String> terms = new TreeSet<>(tokens.apply(lang, row.question()));
            String key = row.lang() + " " + (terms.isEmpty() ? row.question() : String.join(" ", terms));
            byTerms.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        for (List<AdminReport.Unanswered> same : byTerms.values()) {
            AdminReport.Unanswered first = same.getFirst();
            groups.add(new Group(first.question(), same.subList(1, same.size()).stream().map(AdminReport.Unanswered::question).toList(),
                    same.stream().mapToInt(AdminReport.Unanswered::times).sum(), same.stream().mapToInt(AdminReport.Unanswered::people).max().orElse(0),
                    same.stream().map(AdminReport.Unanswered::lastAsked).max(Instant::compareTo).orElseThrow(), first.lang(),
                    candidates.apply(first.question())));
        }
        groups.sort((a, b) -> Integer.compare(b.times(), a.times()));
        return groups;
    }
}
