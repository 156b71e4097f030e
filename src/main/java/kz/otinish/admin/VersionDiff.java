package kz.otinish.admin;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;
import java.util.Optional;

/** What changed in one entry or file between two versions: the lines of a unified diff, "+" added, "-" removed. */
public record VersionDiff(String name, List<String> lines) {
    private static final int CONTEXT = 2;

    static Optional<VersionDiff> of(String name, String before, String after) {
        if (before.equals(after)) return Optional.empty();
        List<String> a = before.lines().toList(), b = after.lines().toList();
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(name, name, a, DiffUtils.diff(a, b), CONTEXT);
        return Optional.of(new VersionDiff(name, unified.subList(Math.min(2, unified.size()), unified.size()))); // less the file headers
    }
}
