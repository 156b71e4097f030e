package kz.otinish.akimat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.knowledge.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AkimatDirectoryTest {
    private static final String REGION = """
            units:
              - id: almaty-region
                type: region
                name_kk: "Алматы облысы"
                name_ru: "Алматинская область"
                apparatus_kk: "Алматы облысы әкімінің аппараты"
                apparatus_ru: "Аппарат акима Алматинской области"
                search_kk: "Алматы облысы әкімінің аппараты"
                search_ru: "Аппарат акима Алматинской области"
            """;

    private static String district(String id, String parent) {
        return """
                  - id: %s
                    type: district
                    parent: %s
                    name_kk: "Қарасай ауданы"
                    name_ru: "Карасайский район"
                    apparatus_kk: "Қарасай ауданы әкімінің аппараты"
                    apparatus_ru: "Аппарат акима Карасайского района"
                    search_kk: "Қарасай ауданы әкімінің аппараты"
                    search_ru: "Аппарат акима Карасайского района"
                """.formatted(id, parent);
    }

    @TempDir
    Path dir;

    private AkimatDirectory.Loaded read(String yaml) throws IOException {
        Path file = dir.resolve("akimats.yaml");
        Files.writeString(file, yaml);
        return AkimatDirectory.load(file);
    }

    private static List<String> messages(AkimatDirectory.Loaded loaded) {
        return loaded.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aValidFileLoadsWithoutProblems() throws IOException {
        var loaded = read(REGION + district("almaty-region-karasai", "almaty-region"));
        assertEquals(List.of(), messages(loaded));
        var karasai = loaded.directory().unit("almaty-region-karasai").orElseThrow();
        assertEquals("almaty-region", loaded.directory().regionOf(karasai).id());
    }

    @Test
    void aDuplicateIdIsReportedWithItsLineAndTheFirstOne() throws IOException {
        var loaded = read(REGION + district("almaty-region-karasai", "almaty-region") + district("almaty-region-karasai", "almaty-region"));
        assertEquals(List.of("akimats.yaml:19: duplicate id 'almaty-region-karasai' (first used at line 10)"), messages(loaded));
        assertEquals(2, loaded.directory().units().size(), "the first unit with the id stays in service");
    }

    @Test
    void aMissingParentIsReportedAndOnlyThatUnitIsLeftOut() throws IOException {
        var loaded = read(REGION + district("astana-esil", "astana"));
        assertEquals(List.of("akimats.yaml:10: unit 'astana-esil': parent 'astana' does not exist"), messages(loaded));
        assertEquals(List.of("almaty-region"), loaded.directory().units().stream().map(AdminUnit::id).toList());
    }

    @Test
    void aMissingLanguageNamesTheFieldAndTheLine() throws IOException {
        var loaded = read(REGION.replace("    name_ru: \"Алматинская область\"\n", ""));
        assertEquals(List.of("akimats.yaml:2: unit 'almaty-region': 'name_ru' is missing (both languages are required)"), messages(loaded));
        assertTrue(loaded.directory().units().isEmpty());
    }

    @Test
    void aMisspelledFieldAndAnUnknownTypeAreReportedOnTheirOwnLines() throws IOException {
        var loaded = read(REGION.replace("name_kk", "nmae_kk").replace("type: region", "type: oblast"));
        assertTrue(messages(loaded).contains("akimats.yaml:3: unit 'almaty-region': unknown type 'oblast' (region, city or district)"), messages(loaded)::toString);
        assertTrue(messages(loaded).contains("akimats.yaml:4: unknown field 'nmae_kk'"), messages(loaded)::toString);
    }

    @Test
    void brokenYamlIsAMessageNotAnException() throws IOException {
        var loaded = read("units:\n  - id: x\n    name_kk: \"unclosed\n");
        assertEquals(1, messages(loaded).size());
        assertTrue(messages(loaded).getFirst().startsWith("akimats.yaml:"), messages(loaded)::toString);
        assertTrue(loaded.directory().units().isEmpty());
    }

    @Test
    void theShippedDirectoryLoadsCleanlyWithEveryRegionAndRepublicanCity() {
        var loaded = AkimatDirectory.load(ContentRoot.at(Path.of(".")));
        assertEquals(List.of(), messages(loaded));
        var top = loaded.directory().topLevel();
        assertEquals(17, top.stream().filter(u -> u.type() == UnitType.REGION).count());
        assertEquals(List.of("almaty", "astana", "shymkent"),
                top.stream().filter(u -> u.type() == UnitType.CITY).map(AdminUnit::id).sorted().toList());
        for (AdminUnit region : top) {
            assertTrue(!loaded.directory().children(region).isEmpty(), region.id() + " has no districts or cities");
        }
    }
}
