package kz.otinish.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.otinish.Lang;
import kz.otinish.storage.CodeVersion;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained intent models kept in a folder between starts. Training is most of building the FAQ — seconds on a JVM
 * that has just started, the one thing between a start and the first answer — and the same knowledge base and code
 * always train the same model. A file a model, named by a hash of every file of the knowledge base and of the code's
 * version; the two last used are kept. A cache: when it cannot be read or written, the model is
 * trained and the bot goes on.
 */
public record ModelCache(Path dir, String codeVersion) {
    private static final Logger log = LoggerFactory.getLogger(ModelCache.class);
    private static final String PREFIX = "intent-model-", SUFFIX = ".bin";
    /** Models kept: the folder's and the published version's, when they differ, are both read at each start. */
    private static final int KEPT = 2;

    /**
     * A cache in {@code dir} for the code running now, when it runs from a jar (its size and time of writing are its
     * version); none for classes in a folder, which a development build changes under a running cache.
     */
    public static Optional<ModelCache> forThisJar(Path dir) {
        return CodeVersion.ofThisJar().map(version -> new ModelCache(dir, version));
    }

    /** The model for the knowledge base in {@code knowledgeBase}: read back when this code trained it before, else trained and kept. */
    IntentModel model(Path knowledgeBase, Map<Lang, Analyzer> analyzers, Supplier<IntentModel> training) {
        String key;
        try {
            key = key(knowledgeBase);
        } catch (IOException e) {
            log.warn("Intent model cache not used: the knowledge base could not be hashed ({})", e.getClass().getSimpleName());
            return training.get();
        }
        Path file = dir.resolve(PREFIX + key + SUFFIX);
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                IntentModel model = IntentModel.read(in, analyzers);
                touch(file);
                return model;
            } catch (IOException | RuntimeException e) {
                log.warn("Intent model cache {} unreadable ({}); training again", file.getFileName(), e.getClass().getSimpleName());
            }
        }
        IntentModel model = training.get();
        try {
            keep(file, model);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Intent model not kept in {} ({}): it is trained at the next start", dir, e.getClass().getSimpleName());
        }
        return model;
    }

    private void keep(Path file, IntentModel model) throws IOException {
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, "partial-", SUFFIX);
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
                model.write(out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        List<Path> kept;
        try (Stream<Path> models = Files.list(dir)) {
            kept = models.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .sorted(Comparator.comparing(ModelCache::modified).reversed()).toList();
        }
        for (Path p : kept.subList(Math.min(KEPT, kept.size()), kept.size())) if (!p.equals(file)) Files.deleteIfExists(p);
    }

    /** Marks a model as used now, so the other one is the one let go. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only folder still serves the models it holds
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** SHA-256 of the code's version and every file under the knowledge base, by relative path, in path order. */
    String key(Path knowledgeBase) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(codeVersion.getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> all = Files.walk(knowledgeBase)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            sha.update((knowledgeBase.relativize(f).toString().replace('\\', '/') + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] bytes = Files.readAllBytes(f);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }
}
