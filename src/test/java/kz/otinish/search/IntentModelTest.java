package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.SolverType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.otinish.Lang;
import kz.otinish.knowledge.FaqEntry;
import kz.otinish.knowledge.KnowledgeBase;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class IntentModelTest {
    private static final Path KB = Path.of("knowledge-base");

    @Test
    void trainingTwiceWithOneParameterGivesTheSameModel() throws Exception {
        KnowledgeBase kb = KnowledgeBase.load(KB);
        Map<Lang, Analyzer> analyzers = new EnumMap<>(Map.of(Lang.KK, SearchAnalyzers.kazakh(KB), Lang.RU, SearchAnalyzers.russian(KB)));
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < kb.entries().size(); i++) {
            for (Lang lang : Lang.values()) {
                FaqEntry.Text t = kb.entries().get(i).in(lang);
                texts.add(t.question());
                labels.add(i);
                t.phrasings().forEach(p -> { texts.add(p); labels.add(labels.get(labels.size() - 1)); });
            }
        }
        // LIBLINEAR keeps its generator in the parameter: each class must draw from its own, or a second training (an
        // experiment's, or one class trained after others) comes out another model.
        Parameter parameter = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, 0.5, 0.1);
        IntentModel first = IntentModel.fit(analyzers, texts, labels, parameter);
        IntentModel second = IntentModel.fit(analyzers, texts, labels, parameter);
        for (String q : SearchQualityTest.suite().stream().filter(c -> c.set().equals("search-dev")).map(SearchQualityTest.Case::question).toList()) {
            assertEquals(first.rank(q), second.rank(q), q);
        }
    }
}
