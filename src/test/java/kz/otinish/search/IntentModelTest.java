package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.SolverType;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import kz.otinish.Lang;
import kz.otinish.knowledge.KnowledgeBase;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class IntentModelTest {
    private static final Path KB = Path.of("knowledge-base");

    @Test
    void trainingTwiceWithOneParameterGivesTheSameModel() throws Exception {
        KnowledgeBase kb = KnowledgeBase.load(KB);
        Map<Lang, Analyzer> analyzers = new EnumMap<>(Map.of(Lang.KK, SearchAnalyzers.kazakh(KB), Lang.RU, SearchAnalyzers.russian(KB)));
        // LIBLINEAR keeps its generator in the parameter: each class must draw from its own, or a second training (an
        // experiment's, or one class trained after others) comes out another model.
        Parameter parameter = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, 0.5, 0.1);
        IntentModel first = IntentModel.train(kb.entries(), kb.offTopicLines(), analyzers, parameter);
        IntentModel second = IntentModel.train(kb.entries(), kb.offTopicLines(), analyzers, parameter);
        for (String q : SearchQualityTest.suite().stream().filter(c -> c.set().equals("search-dev")).map(SearchQualityTest.Case::question).toList()) {
            assertEquals(first.rank(q), second.rank(q), q);
        }
    }
}
