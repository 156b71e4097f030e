package kz.otinish.storage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The running code's version, for work kept between starts that the same code need not redo (a trained model, the
 * check of the schema): the jar's size and time of writing. None for classes in a folder, which a development build
 * changes under a running process.
 */
public final class CodeVersion {
    private CodeVersion() {}

    public static Optional<String> ofThisJar() {
        try {
            Path code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) return Optional.empty();
            return Optional.of(Files.size(code) + "-" + Files.getLastModifiedTime(code).toMillis());
        } catch (IOException | URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }
}
