package kz.otinish.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.otinish.Lang;
import org.junit.jupiter.api.Test;

class EntryEditTest {
    private static final CorpusFiles KB = CorpusFiles.read(Path.of("knowledge-base"));

    @Test
    void everyEntryWrittenBackUnchangedIsTheSameBytes() {
        for (String id : EntryEdit.entries(KB).keySet()) {
            Map<Lang, EntryEdit.Fields> fields = EntryEdit.read(KB, id).orElseThrow();
            CorpusFiles same = EntryEdit.write(KB, id, fields);
            assertEquals(fields, EntryEdit.read(same, id).orElseThrow(), id);
            assertEquals(KB, same, id + " written back unchanged keeps every byte of every file");
        }
    }

    @Test
    void anEditChangesThatEntrysLinesOnlyAndTheCorpusStillLoads() {
        Map<Lang, EntryEdit.Fields> fields = new EnumMap<>(EntryEdit.read(KB, "withdraw-appeal").orElseThrow());
        EntryEdit.Fields ru = fields.get(Lang.RU);
        List<String> phrasings = new ArrayList<>(ru.phrasings());
        phrasings.add("хочу забрать свою жалобу: передумал");
        fields.put(Lang.RU, new EntryEdit.Fields(ru.question(), ru.button(), phrasings, ru.answer() + "\n\n{fact:review_deadline}"));
        CorpusFiles edited = EntryEdit.write(KB, "withdraw-appeal", fields);

        Map<String, String> before = EntryEdit.entries(KB), after = EntryEdit.entries(edited);
        for (String id : before.keySet()) {
            if (id.equals("withdraw-appeal")) assertNotEquals(before.get(id), after.get(id));
            else assertEquals(before.get(id), after.get(id), id + " kept its bytes");
        }
        assertEquals(List.of(), KnowledgeVersions.check(edited));
        assertTrue(EntryEdit.read(edited, "withdraw-appeal").orElseThrow().get(Lang.RU).phrasings().contains("хочу забрать свою жалобу: передумал"));
        assertEquals(KB.files().keySet(), edited.files().keySet());
        long changedFiles = KB.files().keySet().stream().filter(f -> !KB.files().get(f).equals(edited.files().get(f))).count();
        assertEquals(1, changedFiles);
    }

    @Test
    void aNewEntryGoesToItsOwnFileAndADeletedOneLeavesNothingBehind() {
        Map<Lang, EntryEdit.Fields> fields = new EnumMap<>(Lang.class);
        fields.put(Lang.KK, new EntryEdit.Fields("Шағымды қалай жазамын?", "", List.of("шағым жазу"), "Шағымда мәнін жазыңыз."));
        fields.put(Lang.RU, new EntryEdit.Fields("Как написать жалобу?", "", List.of("написать жалобу"), "В жалобе изложите суть."));
        CorpusFiles added = EntryEdit.create(KB, "write-complaint", "leaflet", "Өтініш мазмұны", fields);
        assertEquals(List.of(), KnowledgeVersions.check(added));
        assertTrue(added.files().get(EntryEdit.ADDED_FILE).contains("- id: write-complaint"));
        assertEquals(fields, EntryEdit.read(added, "write-complaint").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> EntryEdit.create(added, "write-complaint", "leaflet", "x", fields));

        CorpusFiles without = EntryEdit.delete(KB, "withdraw-appeal");
        assertTrue(EntryEdit.read(without, "withdraw-appeal").isEmpty());
        assertEquals(List.of(), KnowledgeVersions.check(without));
        assertEquals(EntryEdit.entries(KB).size() - 1, EntryEdit.entries(without).size());
    }

    @Test
    void anUnknownEntryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EntryEdit.write(KB, "no-such-entry", Map.of()));
    }
}
