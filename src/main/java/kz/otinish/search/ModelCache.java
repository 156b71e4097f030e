package kz.otinish.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
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
import kz.otinish.storage.Database;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained intent models, and the FAQ's built Lucene indexes, kept in a folder between starts. Training is most of
 * building the FAQ — seconds on a JVM that has just started, the one thing between a start and the first answer — and
 * the index most of the rest; the same knowledge base and code always make the same of both. A file a model and a
 * folder an index, named by a hash of every file of the knowledge base and of the code's version; the two last used
 * of each are kept. A cache: when it cannot be read or written, the model is trained, the index built, and the bot
 * goes on.
 */
public record ModelCache(Path dir, String codeVersion) {
    private static final Logger log = LoggerFactory.getLogger(ModelCache.class);
    private static final String PREFIX = "intent-model-", SUFFIX = ".bin", INDEX_PREFIX = "faq-index-";
    /** Of models and of indexes, kept: the folder's and the published version's, when they differ, are both read at each start. */
    private static final int KEPT = 2;

    /**
     * A cache in {@code dir} for the code running now, when it runs from a jar (its size and time of writing are its
     * version); none for classes in a folder, which a development build changes under a running cache.
     */
    public static Optional<ModelCache> forThisJar(Path dir) {
        return CodeVersion.ofThisJar().map(version -> new ModelCache(dir, version));
    }

    /** The cache in the bot's data folder ({@link Database#dataFolder}), as the bot and its one-shot commands share it; null when not from a jar. */
    public static ModelCache inDataFolder(Map<String, String> env) {
        return forThisJar(Database.dataFolder(env).resolve("cache")).orElse(null);
    }

    /**
     * What the FAQ built from {@code knowledgeBase} has from this cache. The knowledge base is hashed once, here, for
     * both the model and the index; when it cannot be, both are made and nothing is kept.
     */
    FaqSearch.Models of(Path knowledgeBase) {
        String key;
        try {
            key = key(knowledgeBase);
        } catch (IOException e) {
            log.warn("FAQ cache not used: the knowledge base could not be hashed ({})", e.getClass().getSimpleName());
            key = null;
        }
        String hashed = key;
        return new FaqSearch.Models() {
            @Override
            public IntentModel model(Map<Lang, Analyzer> analyzers, Supplier<IntentModel> training) {
                return readOrMake(hashed, "Intent model", PREFIX, SUFFIX, file -> {
                    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                        return IntentModel.read(in, analyzers);
                    }
                }, ModelCache.this::keep, training);
            }

            /** Read back into memory (every file's checksum verified); building it was a third of a start's FAQ once the model was kept. */
            @Override
            public Directory index(Supplier<Directory> building) {
                return readOrMake(hashed, "FAQ index", INDEX_PREFIX, "", ModelCache::readIndex, ModelCache.this::keepIndex, building);
            }
        };
    }

    /** The model for the knowledge base in {@code knowledgeBase}: read back when this code trained it before, else trained and kept. */
    IntentModel model(Path knowledgeBase, Map<Lang, Analyzer> analyzers, Supplier<IntentModel> training) {
        return of(knowledgeBase).model(analyzers, training);
    }

    private interface Read<T> {
        T from(Path kept) throws IOException;
    }

    private interface Keep<T> {
        void at(Path kept, T made) throws IOException;
    }

    /**
     * What this code made before from the knowledge base hashed to {@code key} (null: not hashed), read back from
     * {@code prefix + key + suffix}; else made and
     * kept there. Anything kept that cannot be read is deleted and made again; anything that cannot be kept is made
     * again at the next start.
     */
    private <T> T readOrMake(String key, String what, String prefix, String suffix, Read<T> read, Keep<T> keep, Supplier<T> make) {
        if (key == null) return make.get();
        Path kept = dir.resolve(prefix + key + suffix);
        if (Files.exists(kept)) {
            try {
                T back = read.from(kept);
                touch(kept);
                return back;
            } catch (IOException | RuntimeException e) {
                log.warn("{} cache {} unreadable ({}); made again", what, kept.getFileName(), e.getClass().getSimpleName());
                try {
                    deleteTree(kept);
                } catch (IOException notDeleted) {
                    // what is made now is served all the same, kept or not
                }
            }
        }
        T made = make.get();
        try {
            keep.at(kept, made);
        } catch (IOException | UncheckedIOException e) {
            log.warn("{} not kept in {} ({}): it is made again at the next start", what, dir, e.getClass().getSimpleName());
        }
        return made;
    }

    private static Directory readIndex(Path folder) throws IOException {
        // NIOFSDirectory, not FSDirectory.open's memory mapping: that calls native code, and the JVM warns of it in the
        // console on every start (the index is copied into memory anyway).
        try (FSDirectory kept = new NIOFSDirectory(folder)) {
            ByteBuffersDirectory index = new ByteBuffersDirectory();
            for (String file : kept.listAll()) {
                index.copyFrom(kept, file, file, IOContext.READONCE);
                try (IndexInput in = index.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                }
            }
            return index;
        }
    }

    private void keepIndex(Path folder, Directory index) throws IOException {
        Files.createDirectories(dir);
        Path partial = Files.createTempDirectory(dir, "partial-");
        try {
            try (FSDirectory out = new NIOFSDirectory(partial)) {
                for (String file : index.listAll()) out.copyFrom(index, file, file, IOContext.DEFAULT);
                out.sync(List.of(out.listAll()));
            }
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another process on this folder kept the same index first
        } finally {
            deleteTree(partial);
        }
        letGo(INDEX_PREFIX, folder);
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
        letGo(PREFIX, file);
    }

    /** Of what is kept under {@code prefix}, all but the {@link #KEPT} last used ({@code kept} always stays). */
    private void letGo(String prefix, Path kept) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.list(dir)) {
            all = files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted(Comparator.comparing(ModelCache::modified).reversed()).toList();
        }
        for (Path p : all.subList(Math.min(KEPT, all.size()), all.size())) if (!p.equals(kept)) deleteTree(p);
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Marks what is kept as used now, so the other one is the one let go. */
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
