package kz.otinish.akimat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads akimats.yaml token by token so that every problem can name its line: an admin fixing the
 * file needs "akimats.yaml:812: unit 'x': name_ru is missing", not a stack trace.
 */
final class DirectoryFile {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> REQUIRED_PAIRS = List.of("name", "apparatus", "search");
    private static final Set<String> FIELDS = Set.of(
            "id", "type", "parent", "name_kk", "name_ru", "centre_kk", "centre_ru",
            "former_names", "abbreviations", "aliases",
            "apparatus_kk", "apparatus_ru", "search_kk", "search_ru", "site");

    private record Field(JsonNode value, int line) {}

    private record Entry(int line, Map<String, Field> fields) {}

    private final String fileName;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Integer> unitLines = new HashMap<>();

    DirectoryFile(String fileName) {
        this.fileName = fileName;
    }

    AkimatDirectory.Loaded read(Reader reader) {
        List<Entry> entries;
        try {
            entries = entries(reader);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            error(line, "not valid YAML: " + e.getOriginalMessage());
            return new AkimatDirectory.Loaded(new AkimatDirectory(List.of()), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AkimatDirectory.Loaded(new AkimatDirectory(linked(units(entries))), errors);
    }

    private List<Entry> entries(Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = yaml.getFactory().createParser(reader)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                error(line(p), "expected 'units:' followed by a list of units");
                return entries;
            }
            boolean seen = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                p.nextToken();
                if (!key.equals("units") || p.currentToken() != JsonToken.START_ARRAY) {
                    error(keyLine, "unexpected '" + key + "': the file holds one list, 'units:'");
                    p.skipChildren();
                    continue;
                }
                seen = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int unitLine = line(p);
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        error(unitLine, "a unit must be a set of 'field: value' lines");
                        p.skipChildren();
                        continue;
                    }
                    Map<String, Field> fields = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        int fieldLine = line(p);
                        p.nextToken();
                        fields.put(name, new Field(yaml.readTree(p), fieldLine));
                    }
                    entries.add(new Entry(unitLine, fields));
                }
            }
            if (!seen) error(1, "no 'units:' list");
        }
        return entries;
    }

    private List<AdminUnit> units(List<Entry> entries) {
        List<AdminUnit> units = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Entry e : entries) {
            AdminUnit unit = unit(e);
            if (unit == null) continue;
            Integer first = firstLine.putIfAbsent(unit.id(), e.line());
            if (first != null) {
                error(e.line(), "duplicate id '" + unit.id() + "' (first used at line " + first + ")");
                continue;
            }
            unitLines.put(unit.id(), e.line());
            units.add(unit);
        }
        return units;
    }

    /** The unit, or null after reporting why the entry cannot be one. */
    private AdminUnit unit(Entry e) {
        int before = errors.size();
        Map<String, Field> f = e.fields();
        for (var field : f.entrySet()) {
            if (!FIELDS.contains(field.getKey())) error(field.getValue().line(), "unknown field '" + field.getKey() + "'");
        }
        String id = text(f, "id", null);
        String label = id == null ? "unit" : "unit '" + id + "'";
        if (id == null) error(e.line(), "unit without 'id'");
        else if (!ID.matcher(id).matches()) error(line(f, "id", e), label + ": id may hold only a-z, 0-9 and '-'");
        String typeCode = text(f, "type", label);
        UnitType type = typeCode == null ? null : UnitType.fromCode(typeCode).orElse(null);
        if (typeCode == null) error(e.line(), label + ": 'type' is missing (region, city or district)");
        else if (type == null) error(line(f, "type", e), label + ": unknown type '" + typeCode + "' (region, city or district)");
        String parent = text(f, "parent", label);
        if (type == UnitType.REGION && parent != null) error(line(f, "parent", e), label + ": a region has no parent");
        if (type == UnitType.DISTRICT && parent == null) error(e.line(), label + ": a district needs a 'parent'");
        for (String pair : REQUIRED_PAIRS) {
            for (String lang : List.of("kk", "ru")) {
                if (text(f, pair + "_" + lang, label) == null) {
                    error(e.line(), label + ": '" + pair + "_" + lang + "' is missing (both languages are required)");
                }
            }
        }
        String centreKk = text(f, "centre_kk", label);
        String centreRu = text(f, "centre_ru", label);
        if ((centreKk == null) != (centreRu == null)) {
            error(line(f, centreKk == null ? "centre_ru" : "centre_kk", e), label + ": give the centre in both languages or in neither");
        }
        String site = text(f, "site", label);
        if (site != null && !site.startsWith("https://")) error(line(f, "site", e), label + ": site must start with https://");
        List<String> former = list(f, "former_names", label);
        List<String> abbreviations = list(f, "abbreviations", label);
        List<String> aliases = list(f, "aliases", label);
        if (errors.size() > before) return null;
        return new AdminUnit(id, type, parent, text(f, "name_kk", label), text(f, "name_ru", label),
                centreKk, centreRu, former, abbreviations, aliases,
                text(f, "apparatus_kk", label), text(f, "apparatus_ru", label),
                text(f, "search_kk", label), text(f, "search_ru", label), site);
    }

    /** Keeps the units whose parent exists and fits; drops the rest with a message, repeatedly, since dropping one may orphan another. */
    private List<AdminUnit> linked(List<AdminUnit> units) {
        Map<String, AdminUnit> byId = new LinkedHashMap<>();
        for (AdminUnit u : units) byId.put(u.id(), u);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (AdminUnit u : List.copyOf(byId.values())) {
                if (u.parentId() == null) continue;
                AdminUnit parent = byId.get(u.parentId());
                String problem = parent == null ? "parent '" + u.parentId() + "' does not exist"
                        : parent.type() == UnitType.DISTRICT ? "parent '" + u.parentId() + "' is a district"
                        : u.type() == UnitType.CITY && parent.type() != UnitType.REGION ? "a city's parent must be a region"
                        : null;
                if (problem != null) {
                    error(lineOf(u), "unit '" + u.id() + "': " + problem);
                    byId.remove(u.id());
                    changed = true;
                }
            }
        }
        return List.copyOf(byId.values());
    }

    private int lineOf(AdminUnit u) {
        return unitLines.getOrDefault(u.id(), 0);
    }

    private String text(Map<String, Field> f, String name, String label) {
        Field field = f.get(name);
        if (field == null || field.value().isNull()) return null;
        if (!field.value().isValueNode()) {
            if (label != null) error(field.line(), label + ": '" + name + "' must be a single text");
            return null;
        }
        String s = field.value().asText().strip();
        return s.isEmpty() ? null : s;
    }

    private List<String> list(Map<String, Field> f, String name, String label) {
        Field field = f.get(name);
        if (field == null || field.value().isNull()) return List.of();
        if (!field.value().isArray()) {
            error(field.line(), label + ": '" + name + "' must be a list like [\"…\", \"…\"]");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : field.value()) {
            if (!v.isValueNode() || v.asText().isBlank()) error(field.line(), label + ": '" + name + "' holds an empty or non-text item");
            else values.add(v.asText().strip());
        }
        return values;
    }

    private static int line(Map<String, Field> f, String name, Entry e) {
        Field field = f.get(name);
        return field == null ? e.line() : field.line();
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private void error(int line, String problem) {
        errors.add(fileName + ":" + line + ": " + problem);
    }
}
