package kz.otinish.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.otinish.storage.Database;
import kz.otinish.storage.TestDatabase;
import org.junit.jupiter.api.Test;

/** {@code otinish kb …} against a database of its own: what an admin who keeps the knowledge base in git does. */
class KnowledgeCommandTest {
    @Test
    void importChecksAndPublishesExportWritesItBackAndPublishRollsBack() throws Exception {
        try (Database db = TestDatabase.fresh()) {
            String url = db.jdbi().withHandle(h -> h.getConnection().getMetaData().getURL());
            Map<String, String> env = Map.of("DATABASE_URL", url, "DATABASE_USER", TestDatabase.user(),
                    "DATABASE_PASSWORD", TestDatabase.password());
            Path dir = Files.createTempDirectory("kb-cmd");
            try {
                assertEquals(0, run(env, "export", dir.toString()), "the database starts from knowledge-base/");
                assertEquals(CorpusFiles.read(Path.of("knowledge-base")), CorpusFiles.read(dir));

                Files.writeString(dir.resolve("synonyms.txt"), Files.readString(dir.resolve("synonyms.txt")) + "бумага, қағаз\n");
                assertEquals(0, run(env, "import", dir.toString()));
                KnowledgeVersions versions = new KnowledgeVersions(db.jdbi());
                assertEquals(2L, versions.published().orElseThrow());

                Files.writeString(dir.resolve("faq/leaflet.yaml"), "- id: Bad Id\n");
                assertEquals(1, run(env, "import", dir.toString()), "a broken folder is not published");
                assertEquals(2L, versions.published().orElseThrow());

                assertEquals(0, run(env, "publish", "1"));
                assertEquals(1L, versions.published().orElseThrow());
                assertEquals(2, run(env, "publish", "999"));
                assertEquals(2, run(env, "import", "/nonexistent"));
                String history = output(env, "history");
                assertTrue(history.lines().anyMatch(l -> l.startsWith("*    1")), history);
            } finally {
                KnowledgeVersions.delete(dir);
            }
        }
    }

    private static int run(Map<String, String> env, String... args) {
        return KnowledgeCommand.run(List.of(args), env, new PrintStream(new ByteArrayOutputStream()));
    }

    private static String output(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        KnowledgeCommand.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
