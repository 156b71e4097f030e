package kz.otinish.akimat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AkimatCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> run(List<String> args, String stdin) {
        var out = new ByteArrayOutputStream();
        int code = AkimatCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void eachStdinLineGetsOneJsonLineWithTheSearchPhrasesAndTheRegion() throws Exception {
        List<String> lines = run(List.of("--json"), "Карасайский район\n\nАлматы\nКапчагай\nМосква\n");
        assertEquals(4, lines.size(), "blank lines are skipped, every other line answered");

        JsonNode karasai = JSON.readTree(lines.get(0));
        assertFalse(karasai.get("ambiguous").asBoolean());
        JsonNode m = karasai.get("matches").get(0);
        assertEquals("almaty-region-karasai", m.get("id").asText());
        assertEquals("district", m.get("type").asText());
        assertEquals("Алматы облысы", m.get("region_kk").asText());
        assertEquals("Алматинская область", m.get("region_ru").asText());
        assertEquals("Қарасай ауданы әкімінің аппараты", m.get("eotinish_search_kk").asText());
        assertEquals("Аппарат акима Карасайского района", m.get("eotinish_search_ru").asText());
        assertTrue(m.has("site"));

        JsonNode almaty = JSON.readTree(lines.get(1));
        assertTrue(almaty.get("ambiguous").asBoolean());
        assertEquals(2, almaty.get("matches").size());

        JsonNode kapchagai = JSON.readTree(lines.get(2));
        assertEquals("konaev", kapchagai.get("matches").get(0).get("id").asText());
        assertTrue(kapchagai.get("note").asText().contains("Капчагай"), kapchagai::toString);

        JsonNode moscow = JSON.readTree(lines.get(3));
        assertEquals(0, moscow.get("matches").size());
        assertFalse(moscow.has("note"));
    }

    @Test
    void aQueryOnTheCommandLineGetsOnePlainLine() {
        List<String> lines = run(List.of("в", "Кзыл-Орде"), "");
        assertEquals(1, lines.size());
        assertTrue(lines.getFirst().startsWith("kyzylorda-city\tcity\tҚызылорда / Кызылорда"), lines::toString);
        assertTrue(lines.getFirst().contains("Кзыл-Орда is a former name"), lines::toString);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        var out = new ByteArrayOutputStream();
        assertEquals(2, AkimatCommand.run(List.of("--xml"), new ByteArrayInputStream(new byte[0]), new PrintStream(out)));
    }
}
