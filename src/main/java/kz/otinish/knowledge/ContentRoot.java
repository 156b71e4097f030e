package kz.otinish.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code bot/} and {@code knowledge-base/} are read from. Admins edit the folders on disk
 * (the working directory, or {@code OTINISH_HOME}); a bare jar falls back to the copies packed inside it.
 */
public record ContentRoot(Path bot, Path knowledgeBase) {

    public static ContentRoot locate() {
        String home = System.getenv("OTINISH_HOME");
        Path base = Path.of(home == null || home.isBlank() ? "." : home);
        if (Files.isDirectory(base.resolve("knowledge-base")) && Files.isDirectory(base.resolve("bot"))) {
            return at(base);
        }
        return packed();
    }

    public static ContentRoot at(Path base) {
        return new ContentRoot(base.resolve("bot"), base.resolve("knowledge-base"));
    }

    /** The copies inside the jar (or target/classes when run from the build). */
    public static ContentRoot packed() {
        URL marker = ContentRoot.class.getResource("/knowledge-base/sources.yaml");
        if (marker == null) throw new IllegalStateException("knowledge-base/ is neither on disk nor packed in the jar");
        try {
            URI uri = marker.toURI();
            Path sources;
            if ("jar".equals(uri.getScheme())) {
                try {
                    sources = FileSystems.getFileSystem(uri).provider().getPath(uri);
                } catch (FileSystemNotFoundException e) {
                    sources = FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
                }
            } else {
                sources = Path.of(uri);
            }
            Path root = sources.getParent().getParent();
            return new ContentRoot(root.resolve("bot"), root.resolve("knowledge-base"));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open the packed knowledge base", e));
        }
    }
}
