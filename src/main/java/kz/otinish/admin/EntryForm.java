package kz.otinish.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.otinish.Lang;
import kz.otinish.knowledge.EntryEdit;

/**
 * An entry as the edit form shows it: each language side by side, with its answer as Telegram would show it. A new
 * entry ({@code isNew}) also takes its id and the document and section its answer comes from ({@code sources}: the
 * documents' ids).
 */
public record EntryForm(String id, boolean isNew, String document, String section, List<String> sources, List<Side> sides) {
    /** One language's fields as typed (phrasings one a line) and the answer's preview, already safe HTML. */
    public record Side(String lang, String question, String button, String phrasings, String answer, String preview) {}

    static EntryForm of(String id, Map<Lang, EntryEdit.Fields> fields) {
        return of(id, false, "", "", List.of(), fields);
    }

    static EntryForm of(String id, boolean isNew, String document, String section, List<String> sources, Map<Lang, EntryEdit.Fields> fields) {
        List<Side> sides = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            EntryEdit.Fields f = fields.get(lang);
            sides.add(new Side(lang.code(), f.question(), f.button(), String.join("\n", f.phrasings()), f.answer(),
                    TelegramPreview.html(f.answer())));
        }
        return new EntryForm(id, isNew, document, section, sources, sides);
    }

    /** The fields an admin submitted, as the editor takes them; absent fields are empty. */
    static Map<Lang, EntryEdit.Fields> submitted(Map<String, String> form) {
        Map<Lang, EntryEdit.Fields> fields = new java.util.EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String p = lang.code() + "_";
            fields.put(lang, new EntryEdit.Fields(form.getOrDefault(p + "question", ""), form.getOrDefault(p + "button", ""),
                    form.getOrDefault(p + "phrasings", "").lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                    form.getOrDefault(p + "answer", "").strip()));
        }
        return fields;
    }
}
