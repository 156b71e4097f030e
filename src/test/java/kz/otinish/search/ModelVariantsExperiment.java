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
        for (String variant : List.of("base", "answers", "c0.25", "c1", "lr", "lr-c4", "answers-lr", "primal", "eps0.3", "eps0.05")) {
            if (!only.isEmpty() && !only.equals(variant)) continue;
            List<String> texts = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                for (Lang lang : Lang.values()) {
                    FaqEntry.Text t = entries.get(i).in(lang);
                    texts.add(t.question()); labels.add(i);
                    for (String p : t.phrasings()) { texts.add(p); labels.add(i); }
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
}
