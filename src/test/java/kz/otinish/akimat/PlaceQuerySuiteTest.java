package kz.otinish.akimat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.otinish.knowledge.ContentRoot;
import org.junit.jupiter.api.Test;

/**
 * The place queries people type, from src/test/resources/akimat-queries.tsv, against the shipped
 * directory. expected_id is a unit id, AMBIGUOUS:id1|id2 for a query that must offer a choice, or
 * NONE for one that must find nothing.
 */
class PlaceQuerySuiteTest {
    private static final double REQUIRED = 0.97;

    private record Case(int line, String query, String expected, String note) {}

    @Test
    void atLeast97PercentOfPlaceQueriesFindTheRightAkimat() throws IOException {
        var loaded = AkimatDirectory.load(ContentRoot.at(Path.of(".")));
        assertEquals(List.of(), loaded.problems());
        PlaceMatcher matcher = new PlaceMatcher(loaded.directory());
        List<Case> cases = cases();
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            String got = describe(matcher.find(c.query()));
            if (!got.equals(normalised(c.expected()))) {
                misses.add("  line " + c.line() + ": " + c.query() + " → " + got + ", expected " + c.expected()
                        + (c.note().isEmpty() ? "" : " (" + c.note() + ")"));
            }
        }
        int correct = cases.size() - misses.size();
        System.out.printf("akimat-queries.tsv: %d/%d correct (%.1f%%)%n", correct, cases.size(), 100.0 * correct / cases.size());
        misses.forEach(System.out::println);
        assertTrue(cases.size() >= 120, "the suite must hold at least 120 queries");
        assertTrue(correct >= REQUIRED * cases.size(), "too many misses:\n" + String.join("\n", misses));
    }

    private static String describe(PlaceResult r) {
        if (!r.found()) return "NONE";
        Set<String> ids = new TreeSet<>();
        r.matches().forEach(m -> ids.add(m.unit().id()));
        return r.ambiguous() ? "AMBIGUOUS:" + String.join("|", ids) : ids.iterator().next();
    }

    /** AMBIGUOUS:b|a and AMBIGUOUS:a|b are the same expectation. */
    private static String normalised(String expected) {
        if (!expected.startsWith("AMBIGUOUS:")) return expected;
        return "AMBIGUOUS:" + String.join("|", new TreeSet<>(List.of(expected.substring("AMBIGUOUS:".length()).split("\\|"))));
    }

    private static List<Case> cases() throws IOException {
        try (InputStream in = PlaceQuerySuiteTest.class.getResourceAsStream("/akimat-queries.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            assertEquals("query\texpected_id\tnote", lines[0].strip());
            List<Case> cases = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) continue;
                String[] f = lines[i].split("\t", -1);
                cases.add(new Case(i + 1, f[0], f[1].strip(), f.length > 2 ? f[2].strip() : ""));
            }
            return cases;
        }
    }
}
