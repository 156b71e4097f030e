package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.otinish.Lang;
import kz.otinish.knowledge.FaqEntry;
import kz.otinish.knowledge.KnowledgeBase;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {
    private static final Path KB = Path.of("knowledge-base");
    private static final List<String> QUESTIONS = List.of("как отозвать обращение", "ortalyq qaida", "какая погода завтра", "шағымға қанша файл тіркеймін");

    @TempDir
    Path dir;

    private final Map<Lang, Analyzer> analyzers = new EnumMap<>(Map.of(Lang.KK, SearchAnalyzers.kazakh(KB), Lang.RU, SearchAnalyzers.russian(KB)));
    private final AtomicInteger trainings = new AtomicInteger();

    private Supplier<IntentModel> training(Path kb) {
        return () -> {
            trainings.incrementAndGet();
            KnowledgeBase loaded = KnowledgeBase.load(kb);
            return IntentModel.train(loaded.entries(), loaded.offTopicLines(), analyzers);
        };
    }

    private List<List<IntentModel.Scored>> ranks(IntentModel model) {
        return QUESTIONS.stream().map(model::rank).toList();
    }

    @Test
    void aModelKeptIsReadBackAndRanksExactlyAsTrained() {
        ModelCache cache = new ModelCache(dir.resolve("cache"), "v1");
        IntentModel trained = cache.model(KB, analyzers, training(KB));
        IntentModel read = cache.model(KB, analyzers, training(KB));
        assertEquals(1, trainings.get(), "the second start reads the model");
        assertEquals(ranks(trained), ranks(read), "every label's decision value, to the last bit");
    }

    @Test
    void anotherKnowledgeBaseOrCodeTrainsAgainAndTheTwoLastUsedAreKept(@TempDir Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(KB)) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(KB.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Files.writeString(copy.resolve("off-topic.txt"), "\nсколько стоит билет в кино\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        ModelCache cache = new ModelCache(dir, "v1");
        cache.model(KB, analyzers, training(KB));
        cache.model(copy, analyzers, training(copy));
        assertEquals(2, trainings.get(), "an edited knowledge base is another model");
        cache.model(KB, analyzers, training(KB));
        cache.model(copy, analyzers, training(copy));
        assertEquals(2, trainings.get(), "the folder's and the published version's models are both kept");
        new ModelCache(dir, "v2").model(KB, analyzers, training(KB));
        assertEquals(3, trainings.get(), "new code trains again");
        try (Stream<Path> kept = Files.list(dir)) {
            assertEquals(2, kept.count(), "no more than two models, no partial file");
        }
        assertNotEquals(cache.key(KB), cache.key(copy));
    }

    @Test
    void aDamagedFileIsTrainedAgainAndReplaced() throws IOException {
        ModelCache cache = new ModelCache(dir, "v1");
        IntentModel trained = cache.model(KB, analyzers, training(KB));
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        IntentModel again = cache.model(KB, analyzers, training(KB));
        assertEquals(2, trainings.get());
        assertEquals(ranks(trained), ranks(again));
        assertEquals(ranks(trained), ranks(cache.model(KB, analyzers, training(KB))), "and the replacement is read");
        assertEquals(2, trainings.get());
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsATraining() throws IOException {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        IntentModel model = new ModelCache(file, "v1").model(KB, analyzers, training(KB));
        assertTrue(model.rank("как отозвать обращение").size() > 2);
        assertEquals(1, trainings.get());
    }

    /** Each set question's answer, topics, reason and score, as the FAQ built over {@code cache} gives them. */
    private static List<String> answers(ModelCache cache) throws IOException {
        FaqSearch faq = FaqCorpus.load(KB, cache).current();
        return SearchQualityTest.suite().stream().map(c -> faq.searchUncached(c.question())).map(r ->
                r.answer().map(FaqEntry::id).orElse("-") + " " + r.suggestions().stream().map(FaqEntry::id).toList() + " " + r.reason() + " " + r.score()).toList();
    }

    private List<Path> keptIndexes() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("faq-index-")).toList();
        }
    }

    @Test
    void anIndexKeptIsReadBackAndAnswersEverySetQuestionExactlyAsBuilt() throws IOException {
        ModelCache cache = new ModelCache(dir, "v1");
        List<String> built = answers(cache);
        assertEquals(1, keptIndexes().size(), "the index is kept");
        List<String> read = answers(cache);
        assertEquals(built.size(), read.size());
        assertEquals(built, read);
    }

    @Test
    void aDamagedIndexIsBuiltAgainAndReplaced() throws IOException {
        ModelCache cache = new ModelCache(dir, "v1");
        List<String> built = answers(cache);
        Path folder = keptIndexes().getFirst();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                bytes[bytes.length / 2] ^= 0x55;
                Files.write(file, bytes);
            }
        }
        assertEquals(built, answers(cache), "a file that fails its checksum is never served");
        try (FSDirectory replaced = new NIOFSDirectory(keptIndexes().getFirst())) {
            for (String file : replaced.listAll()) {
                try (IndexInput in = replaced.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                }
            }
        }
    }
}
