package kz.otinish.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Groups of words that mean the same across registers and languages (ЦОН / ХҚКО, обращение / өтініш),
 * from {@code knowledge-base/synonyms.txt}: one group a line, members separated by commas, '#' comments.
 * Members are analysed like queries, so "обращения" or "otinish" find their group too.
 */
final class Synonyms {
    /** For each member's first token: the members (as token lists) that start with it, with their group. */
    private final Map<String, List<Member>> byFirstToken = new HashMap<>();

    private record Member(List<String> tokens, int group) {}

    private final List<List<List<String>>> groups = new ArrayList<>();

    Synonyms(List<String> lines, Analyzer analyzer) {
        for (List<List<String>> line : Phrases.lines(lines, analyzer)) {
            List<List<String>> members = List.copyOf(new LinkedHashSet<>(line));
            if (members.size() < 2) continue;
            int group = groups.size();
            groups.add(members);
            for (List<String> m : members) {
                byFirstToken.computeIfAbsent(m.getFirst(), k -> new ArrayList<>()).add(new Member(m, group));
            }
        }
    }

    /**
     * For each query token, what may stand for it: itself plus every member (a token list) of a group one of
     * whose members occurs in the query starting at that token. The rest of a member of several words is part
     * of that one token, not words of its own: "центр обслуживания населения" is one thing asked about, found
     * by "ЦОН" alone. A member of several words stands for the token only as a whole: "удостоверение личности"
     * says "паспорт", "личности" alone does not.
     */
    Map<String, Set<List<String>>> alternatives(List<String> query) {
        Map<String, Set<List<String>>> out = new LinkedHashMap<>();
        int memberEnd = 0;
        for (int i = 0; i < query.size(); i++) {
            if (i < memberEnd) continue;
            String t = query.get(i);
            Set<List<String>> alts = out.computeIfAbsent(t, k -> new LinkedHashSet<>(List.of(List.of(k))));
            for (Member m : byFirstToken.getOrDefault(t, List.of())) {
                if (i + m.tokens().size() <= query.size() && query.subList(i, i + m.tokens().size()).equals(m.tokens())) {
                    alts.addAll(groups.get(m.group()));
                    memberEnd = Math.max(memberEnd, i + m.tokens().size());
                }
            }
        }
        return out;
    }
}
