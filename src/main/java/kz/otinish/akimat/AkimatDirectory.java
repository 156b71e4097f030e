package kz.otinish.akimat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.knowledge.Problem;

/** The administrative units of Kazakhstan with their akimats, read from knowledge-base/akimats.yaml. */
public final class AkimatDirectory {
    public static final String FILE_NAME = "akimats.yaml";

    /** A directory and the problems found while reading it; the directory holds every unit that passed. */
    public record Loaded(AkimatDirectory directory, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private final Map<String, AdminUnit> byId;

    AkimatDirectory(List<AdminUnit> units) {
        Map<String, AdminUnit> map = new LinkedHashMap<>();
        for (AdminUnit u : units) map.put(u.id(), u);
        this.byId = Collections.unmodifiableMap(map);
    }

    /** Reads knowledge-base/akimats.yaml from where the content lives (on disk for admins, or in the jar). */
    public static Loaded load(ContentRoot root) {
        return load(root.knowledgeBase().resolve(FILE_NAME));
    }

    /** Reads and checks one directory file; bad content is reported, never thrown. */
    public static Loaded load(Path file) {
        return DirectoryFile.read(file, FILE_NAME);
    }

    public List<AdminUnit> units() {
        return List.copyOf(byId.values());
    }

    public Optional<AdminUnit> unit(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Regions and cities of republican significance, in file order: what to offer when nothing matched. */
    public List<AdminUnit> topLevel() {
        return byId.values().stream().filter(AdminUnit::isTopLevel).toList();
    }

    /** The region (or city of republican significance) a unit belongs to; a top-level unit is its own. */
    public AdminUnit regionOf(AdminUnit unit) {
        AdminUnit u = unit;
        while (u.parentId() != null && byId.containsKey(u.parentId())) u = byId.get(u.parentId());
        return u;
    }

    /** True when {@code ancestor} contains {@code unit} (directly or through its parents). */
    public boolean contains(AdminUnit ancestor, AdminUnit unit) {
        String p = unit.parentId();
        while (p != null) {
            if (p.equals(ancestor.id())) return true;
            AdminUnit parent = byId.get(p);
            p = parent == null ? null : parent.parentId();
        }
        return false;
    }

    public List<AdminUnit> children(AdminUnit parent) {
        List<AdminUnit> list = new ArrayList<>();
        for (AdminUnit u : byId.values()) if (parent.id().equals(u.parentId())) list.add(u);
        return list;
    }
}
