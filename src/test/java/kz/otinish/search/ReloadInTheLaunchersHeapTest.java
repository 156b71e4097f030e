package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.otinish.Lang;
import kz.otinish.knowledge.FaqEntry;
import org.junit.jupiter.api.Test;

/**
 * An admin publishes while the bot is busy: the corpus in service, its caches full, stays in memory while the new one
 * is built and its intent model trained. That must fit in the heap {@code ./otinish} gives the bot by default (it once
 * did not: LIBLINEAR's multi-class training and its copy of the weights took 38 MB at once). Run in a JVM of its own,
 * started with the launcher's default options.
 */
class ReloadInTheLaunchersHeapTest {
    private static final Pattern DEFAULT_OPTIONS = Pattern.compile("\\$\\{OTINISH_JAVA_OPTS-(-[^}]*)}");

    @Test
    void aBusyBotRetrainsWithinTheDefaultHeap() throws Exception {
        Matcher options = DEFAULT_OPTIONS.matcher(Files.readString(Path.of("otinish"), StandardCharsets.UTF_8));
        assertTrue(options.find(), "the launcher's default JVM options");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(options.group(1).strip().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BusyBotReload.class.getName()));
        Path log = Files.createTempFile("reload-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        if (!finished) process.destroyForcibly().waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertTrue(finished, "the reload finished within 2 minutes (a heap too small thrashes):\n" + output);
        assertEquals(0, process.exitValue(), "under " + options.group(1) + ":\n" + output);
        assertTrue(output.contains(BusyBotReload.DONE), output);
    }

    /** The busy bot: its caches filled with questions made of the entries' phrasings and words never seen, then a reload. */
    static final class BusyBotReload {
        static final String DONE = "reloaded beside a full corpus";

        public static void main(String[] args) throws IOException {
            FaqCorpus corpus = FaqCorpus.load(Path.of("knowledge-base"));
            List<String> phrasings = new ArrayList<>();
            for (FaqEntry e : corpus.current().entries()) {
                for (Lang lang : Lang.values()) phrasings.addAll(e.in(lang).phrasings());
            }
            // More distinct questions and words than each of the search's caches keeps (10,000).
            for (int i = 0; i < 12_000; i++) {
                corpus.current().search(phrasings.get(i % phrasings.size()) + " сөз" + i + " word" + i);
            }
            List<?> problems = corpus.reload();
            System.out.println(problems.isEmpty() ? DONE : "problems: " + problems);
        }
    }
}
