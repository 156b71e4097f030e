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
    void everyEntryWrittenBackUnchangedStillLoadsTheSame() {
        for (String id : EntryEdit.entries(KB).keySet()) {
            Map<Lang, EntryEdit.Fields> fields = EntryEdit.read(KB, id).orElseThrow();
            CorpusFiles same = EntryEdit.write(KB, id, fields);
            assertEquals(fields, EntryEdit.read(same, id).orElseThrow(), id);
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
    void anUnknownEntryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EntryEdit.write(KB, "no-such-entry", Map.of()));
    }
}
