package kz.otinish.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * Words and phrases from an admin's list ({@code out-of-scope.txt}, {@code appeal-words.txt}; {@code synonyms.txt}
 * is read the same way), as an analyzer reads them: one or more a line, separated by commas, '#' comments. A phrase of several words is found only
 * whole and in order.
 */
final class Phrases {
    private final List<List<String>> phrases = new ArrayList<>();

    Phrases(List<String> lines, Analyzer analyzer) {
        for (List<List<String>> line : lines(lines, analyzer)) phrases.addAll(line);
    }

    /** An admin's comma list, line by line: each line's words and phrases as {@code analyzer} reads them. */
    static List<List<List<String>>> lines(List<String> lines, Analyzer analyzer) {
        List<List<List<String>>> out = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            List<List<String>> members = new ArrayList<>();
            for (String raw : text.split(",")) {
                List<String> tokens = AnalyzedText.tokens(analyzer, raw);
                if (!tokens.isEmpty()) members.add(tokens);
            }
            out.add(members);
        }
        return out;
    }

    /** The first phrase of the list that occurs in {@code tokens}, or null. */
    List<String> firstIn(List<String> tokens) {
        for (List<String> p : phrases) {
            for (int i = 0; i + p.size() <= tokens.size(); i++) {
                int n = 0;
                while (n < p.size() && sameWord(p.get(n), tokens.get(i + n))) n++;
                if (n == p.size()) return p;
            }
        }
        return null;
    }

    /**
     * A stem may keep or lose a last letter the stemmer reads as an ending ("балабақша" → балабакш,
     * "балабақшаға" → балабакша): long stems that differ only there are the same word.
     */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) return true;
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        return shorter.length() >= 5 && longer.length() - shorter.length() <= 1 && longer.startsWith(shorter);
    }

    /** Whether some phrase of the list occurs in {@code tokens}. */
    boolean anyIn(List<String> tokens) {
        return firstIn(tokens) != null;
    }
}
