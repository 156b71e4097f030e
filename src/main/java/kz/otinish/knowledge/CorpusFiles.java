package kz.otinish.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file of a knowledge base, by its path inside it ("faq/leaflet.yaml"), as text: what a version holds. Written
 * back exactly as read, so an export of an import is the same bytes.
 */
public record CorpusFiles(SortedMap<String, String> files) {
    public CorpusFiles {
        files = new TreeMap<>(files);
    }

    /** Every regular, non-hidden file under {@code dir} (a folder on disk or inside the jar). */
    public static CorpusFiles read(Path dir) {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (name.startsWith(".") || name.contains("/.")) continue;
                files.put(name, Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge base in " + dir, e);
        }
        return new CorpusFiles(files);
    }

    /** Writes every file into {@code dir}, creating folders as needed. */
    public void write(Path dir) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey()).normalize();
                if (!target.startsWith(dir.normalize())) throw new IOException("a file outside the folder: " + f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the knowledge base to " + dir, e);
        }
    }

    /** The same files with {@code path} holding {@code text}. */
    public CorpusFiles with(String path, String text) {
        SortedMap<String, String> changed = new TreeMap<>(files);
        changed.put(path, text);
        return new CorpusFiles(changed);
    }

    /** SHA-256 over the names and texts: equal digests, equal corpora. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> f : files.entrySet()) {
                sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.getValue().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
