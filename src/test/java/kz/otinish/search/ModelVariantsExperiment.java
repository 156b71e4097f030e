package kz.otinish.search;

import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.SolverType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.otinish.Lang;
import kz.otinish.knowledge.FaqEntry;
import kz.otinish.Html;
import kz.otinish.knowledge.KnowledgeBase;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The intent model alone, top-1, under other learners and training sets (base, the answers' sentences as examples,
 * other C and losses, copies of each phrasing with a synonym said instead: syn1, syn3). Counts only for the held-out
 * set. {@code mvn -B -q test -Dtest=ModelVariantsExperiment -Dsurefire.failIfNoSpecifiedTests=false -Dvariant=syn1}
 */
class ModelVariantsExperiment {
    @Test
    void print() throws Exception {
        Path dir = Path.of("knowledge-base");
        KnowledgeBase kb = KnowledgeBase.load(dir);
        Map<Lang, Analyzer> analyzers = new EnumMap<>(Lang.class);
        analyzers.put(Lang.KK, SearchAnalyzers.kazakh(dir));
        analyzers.put(Lang.RU, SearchAnalyzers.russian(dir));
        List<FaqEntry> entries = kb.entries();
        List<SearchQualityTest.Case> cases = SearchQualityTest.suite();
        String only = System.getProperty("variant", "");
        List<List<String>> groups = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(dir.resolve("synonyms.txt"))) {
            String l = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (l.isBlank()) continue;
            groups.add(java.util.Arrays.stream(l.split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList());
        }
        for (String variant : List.of("base", "answers", "c0.25", "c1", "lr", "lr-c4", "answers-lr", "primal", "eps0.3", "eps0.05", "syn1", "syn3")) {
            if (!only.isEmpty() && !only.equals(variant)) continue;
            List<String> texts = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                for (Lang lang : Lang.values()) {
                    FaqEntry.Text t = entries.get(i).in(lang);
                    texts.add(t.question()); labels.add(i);
                    for (String p : t.phrasings()) { texts.add(p); labels.add(i); }
                    if (variant.startsWith("syn")) {
                        int cap = Integer.parseInt(variant.substring(3));
                        List<String> own = new ArrayList<>(t.phrasings());
                        own.add(t.question());
                        for (String p : own) for (String v : synonymVariants(p, groups, cap)) { texts.add(v); labels.add(i); }
                    }
                    if (variant.startsWith("answers")) {
                        for (String s : Html.toPlain(t.searchedAnswer()).split("[.;:\\n•]+")) {
                            if (s.strip().split("\\s+").length >= 3) { texts.add(s.strip()); labels.add(i); }
                        }
                    }
                }
            }
            for (String l : kb.offTopicLines()) {
                if (l.isBlank() || l.startsWith("#")) continue;
                texts.add(l.strip()); labels.add(IntentModel.NONE);
            }
            Parameter p = switch (variant) {
                case "c0.25" -> new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, 0.25, 0.1);
                case "c1" -> new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, 1, 0.1);
                case "lr", "answers-lr" -> new Parameter(SolverType.L2R_LR, 10, 0.01);
                case "lr-c4" -> new Parameter(SolverType.L2R_LR, 40, 0.01);
                case "primal" -> new Parameter(SolverType.L2R_L2LOSS_SVC, 0.5, 0.01);
                case "eps0.3" -> new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, 0.5, 0.3);
                case "eps0.05" -> new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, 0.5, 0.05);
                default -> new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, 0.5, 0.1);
            };
            for (int k = 0; k < Integer.getInteger("exp.fits", 1); k++) IntentModel.fit(analyzers, texts, labels, p);
            long t0 = System.nanoTime();
            IntentModel m = IntentModel.fit(analyzers, texts, labels, p);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            StringBuilder line = new StringBuilder(String.format("%-12s %5d ex %4d ms |", variant, texts.size(), ms));
            for (String set : List.of("search-dev", "search-quality", "search-holdout")) {
                int right = 0, n = 0, off = 0, offNone = 0;
                for (SearchQualityTest.Case c : cases) {
                    if (!c.set().equals(set)) continue;
                    int top = m.rank(c.question()).getFirst().label();
                    if (c.expected().equals("-")) { off++; if (top == IntentModel.NONE) offNone++; }
                    else { n++; if (top >= 0 && entries.get(top).id().equals(c.expected())) right++; }
                }
                line.append(String.format(" %s %d/%d (%.1f%%) none %d/%d |", set.replace("search-", ""), right, n, 100.0 * right / n, offNone, off));
            }
            System.out.println(line);
        }
    }

    /** Copies of {@code text} with one synonym group's member, found as a whole phrase, said as another member: up to {@code cap}. */
    private static List<String> synonymVariants(String text, List<List<String>> groups, int cap) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (List<String> group : groups) {
            for (String member : group) {
                var m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(member.toLowerCase(java.util.Locale.ROOT))
                        + "(?![\\p{L}\\p{N}])").matcher(lower);
                if (!m.find()) continue;
                for (String other : group) {
                    if (other.equals(member) || out.size() >= cap) continue;
                    out.add(text.substring(0, m.start()) + other + text.substring(m.end()));
                }
                break;
            }
            if (out.size() >= cap) break;
        }
        return out;
    }
}
