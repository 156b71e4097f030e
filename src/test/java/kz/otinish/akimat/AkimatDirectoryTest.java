package kz.otinish.akimat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import kz.otinish.knowledge.ContentRoot;
import org.junit.jupiter.api.Test;

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

    private static AkimatDirectory.Loaded read(String yaml) {
        return AkimatDirectory.read("akimats.yaml", new StringReader(yaml));
    }

    @Test
    void aValidFileLoadsWithoutProblems() {
        var loaded = read(REGION + district("almaty-region-karasai", "almaty-region"));
        assertEquals(List.of(), loaded.errors());
        var karasai = loaded.directory().unit("almaty-region-karasai").orElseThrow();
        assertEquals("almaty-region", loaded.directory().regionOf(karasai).id());
    }

    @Test
    void aDuplicateIdIsReportedWithItsLineAndTheFirstOne() {
        var loaded = read(REGION + district("almaty-region-karasai", "almaty-region") + district("almaty-region-karasai", "almaty-region"));
        assertEquals(List.of("akimats.yaml:19: duplicate id 'almaty-region-karasai' (first used at line 10)"), loaded.errors());
        assertEquals(2, loaded.directory().units().size(), "the first unit with the id stays in service");
    }

    @Test
    void aMissingParentIsReportedAndOnlyThatUnitIsLeftOut() {
        var loaded = read(REGION + district("astana-esil", "astana"));
        assertEquals(List.of("akimats.yaml:10: unit 'astana-esil': parent 'astana' does not exist"), loaded.errors());
        assertEquals(List.of("almaty-region"), loaded.directory().units().stream().map(AdminUnit::id).toList());
    }

    @Test
    void aMissingLanguageNamesTheFieldAndTheLine() {
        var loaded = read(REGION.replace("    name_ru: \"Алматинская область\"\n", ""));
        assertEquals(List.of("akimats.yaml:2: unit 'almaty-region': 'name_ru' is missing (both languages are required)"), loaded.errors());
        assertTrue(loaded.directory().units().isEmpty());
    }

    @Test
    void aMisspelledFieldAndAnUnknownTypeAreReportedOnTheirOwnLines() {
        var loaded = read(REGION.replace("name_kk", "nmae_kk").replace("type: region", "type: oblast"));
        assertTrue(loaded.errors().contains("akimats.yaml:3: unit 'almaty-region': unknown type 'oblast' (region, city or district)"), loaded.errors()::toString);
        assertTrue(loaded.errors().contains("akimats.yaml:4: unknown field 'nmae_kk'"), loaded.errors()::toString);
    }

    @Test
    void brokenYamlIsAMessageNotAnException() {
        var loaded = read("units:\n  - id: x\n    name_kk: \"unclosed\n");
        assertEquals(1, loaded.errors().size());
        assertTrue(loaded.errors().getFirst().startsWith("akimats.yaml:"), loaded.errors()::toString);
        assertTrue(loaded.directory().units().isEmpty());
    }

    @Test
    void theShippedDirectoryLoadsCleanlyWithEveryRegionAndRepublicanCity() {
        var loaded = AkimatDirectory.load(ContentRoot.at(Path.of(".")));
        assertEquals(List.of(), loaded.errors());
        var top = loaded.directory().topLevel();
        assertEquals(17, top.stream().filter(u -> u.type() == UnitType.REGION).count());
        assertEquals(List.of("almaty", "astana", "shymkent"),
                top.stream().filter(u -> u.type() == UnitType.CITY).map(AdminUnit::id).sorted().toList());
        for (AdminUnit region : top) {
            assertTrue(!loaded.directory().children(region).isEmpty(), region.id() + " has no districts or cities");
        }
    }
}
