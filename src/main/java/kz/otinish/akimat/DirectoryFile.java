package kz.otinish.akimat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.otinish.knowledge.Problem;
import kz.otinish.knowledge.YamlFile;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks akimats.yaml. Every problem names its line, so that an admin fixing the file
 * reads "akimats.yaml:812: unit 'x': 'name_ru' is missing" rather than a stack trace; a unit with a
 * problem is left out and the rest stay in service.
 */
final class DirectoryFile {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> REQUIRED_IN_BOTH_LANGUAGES = List.of("name", "apparatus", "search");
    private static final Set<String> FIELDS = Set.of(
            "id", "type", "parent", "name_kk", "name_ru", "centre_kk", "centre_ru",
            "former_names", "abbreviations", "aliases",
            "apparatus_kk", "apparatus_ru", "search_kk", "search_ru", "site");

    private final String name;
    private final List<Problem> problems = new ArrayList<>();
    private final YamlFile yaml;
    private final Map<String, Node> nodeOf = new HashMap<>();

    private DirectoryFile(String name) {
        this.name = name;
        this.yaml = YamlFile.reporting(name, problems);
    }

    static AkimatDirectory.Loaded read(Path file, String name) {
        DirectoryFile reader = new DirectoryFile(name);
        List<AdminUnit> units = new ArrayList<>();
        YamlFile.parse(file, name, reader.problems).ifPresent(root -> units.addAll(reader.units(root)));
        return new AkimatDirectory.Loaded(new AkimatDirectory(reader.linked(units)), reader.problems);
    }

    private List<AdminUnit> units(Node root) {
        Map<String, Node> top = yaml.map(root, name);
        for (String key : top.keySet()) if (!key.equals("units")) yaml.problem(top.get(key), "unexpected '" + key + "': the file holds one list, 'units:'");
        if (!top.containsKey("units")) {
            yaml.problem(root, "no 'units:' list");
            return List.of();
        }
        List<AdminUnit> units = new ArrayList<>();
        for (Node item : yaml.list(top.get("units"), "'units'")) {
            AdminUnit unit = unit(item);
            if (unit == null) continue;
            Node first = nodeOf.putIfAbsent(unit.id(), item);
            if (first != null) yaml.problem(item, "duplicate id '" + unit.id() + "' (first used at line " + YamlFile.line(first) + ")");
            else units.add(unit);
        }
        return units;
    }

    /** The unit, or null after reporting why the entry cannot be one. */
    private AdminUnit unit(Node item) {
        int before = problems.size();
        Map<String, Node> f = yaml.map(item, "a unit");
        if (problems.size() > before) return null;
        for (var field : f.entrySet()) {
            if (!FIELDS.contains(field.getKey())) yaml.problem(field.getValue(), "unknown field '" + field.getKey() + "'");
        }
        String id = yaml.optionalText(f, "id");
        String label = id == null ? "unit" : "unit '" + id + "'";
        if (id == null) yaml.problem(item, "unit without 'id'");
        else if (!ID.matcher(id).matches()) yaml.problem(f.get("id"), label + ": id may hold only a-z, 0-9 and '-'");
        String typeCode = yaml.optionalText(f, "type");
        UnitType type = typeCode == null ? null : UnitType.fromCode(typeCode).orElse(null);
        if (typeCode == null) yaml.problem(item, label + ": 'type' is missing (region, city or district)");
        else if (type == null) yaml.problem(f.get("type"), label + ": unknown type '" + typeCode + "' (region, city or district)");
        String parent = yaml.optionalText(f, "parent");
        if (type == UnitType.REGION && parent != null) yaml.problem(f.get("parent"), label + ": a region has no parent");
        if (type == UnitType.DISTRICT && parent == null) yaml.problem(item, label + ": a district needs a 'parent'");
        Map<String, String> texts = new LinkedHashMap<>();
        for (String field : REQUIRED_IN_BOTH_LANGUAGES) {
            for (String lang : List.of("kk", "ru")) {
                String key = field + "_" + lang;
                texts.put(key, yaml.optionalText(f, key));
                if (texts.get(key) == null) yaml.problem(item, label + ": '" + key + "' is missing (both languages are required)");
            }
        }
        String centreKk = yaml.optionalText(f, "centre_kk");
        String centreRu = yaml.optionalText(f, "centre_ru");
        if ((centreKk == null) != (centreRu == null)) {
            yaml.problem(f.getOrDefault(centreKk == null ? "centre_ru" : "centre_kk", item), label + ": give the centre in both languages or in neither");
        }
        String site = yaml.optionalText(f, "site");
        if (site != null && !site.startsWith("https://")) yaml.problem(f.get("site"), label + ": site must start with https://");
        List<String> former = yaml.texts(f, "former_names");
        List<String> abbreviations = yaml.texts(f, "abbreviations");
        List<String> aliases = yaml.texts(f, "aliases");
        if (problems.size() > before) return null;
        return new AdminUnit(id, type, parent, texts.get("name_kk"), texts.get("name_ru"), centreKk, centreRu,
                former, abbreviations, aliases, texts.get("apparatus_kk"), texts.get("apparatus_ru"),
                texts.get("search_kk"), texts.get("search_ru"), site);
    }

    /** Keeps the units whose parent exists and fits; repeats, since leaving one out may orphan another. */
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
                    yaml.problem(nodeOf.get(u.id()), "unit '" + u.id() + "': " + problem);
                    byId.remove(u.id());
                    changed = true;
                }
            }
        }
        return List.copyOf(byId.values());
    }
}
