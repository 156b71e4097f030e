package kz.otinish.akimat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.knowledge.Problem;

/**
 * {@code akimat [--json] [QUERY]}: the akimat(s) for a place, or for each line of stdin (JSON Lines
 * with --json). Output is technical — ids, names, search phrases; what the chat says is in bot/.
 */
public final class AkimatCommand {
    static final String USAGE = "usage: otinish akimat [--json] [QUERY]   (without QUERY: one query per stdin line)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AkimatCommand() {}

    /** @return 0; 1 when the directory has no usable unit; 2 when the arguments are wrong */
    public static int run(List<String> args, InputStream in, PrintStream out) {
        boolean json = false;
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) json = true;
            else if (a.startsWith("--")) {
                System.err.println("akimat: unknown option " + a + "\n" + USAGE);
                return 2;
            }
            else words.add(a);
        }
        AkimatDirectory.Loaded loaded = AkimatDirectory.load(ContentRoot.locate());
        for (Problem p : loaded.problems()) System.err.println("akimat: " + p);
        if (loaded.directory().units().isEmpty()) {
            System.err.println("akimat: no usable unit in " + AkimatDirectory.FILE_NAME);
            return 1;
        }
        PlaceMatcher matcher = new PlaceMatcher(loaded.directory());
        try {
            if (!words.isEmpty()) {
                String query = String.join(" ", words);
                out.println(line(query, matcher.find(query), json));
                return 0;
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String query; (query = reader.readLine()) != null; ) {
                if (query.isBlank()) continue;
                out.println(line(query, matcher.find(query), json));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
        return 0;
    }

    static String line(String query, PlaceResult r, boolean json) throws JsonProcessingException {
        return json ? JSON.writeValueAsString(json(query, r)) : text(r);
    }

    private static ObjectNode json(String query, PlaceResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("query", query);
        ArrayNode matches = o.putArray("matches");
        for (PlaceMatch m : r.matches()) {
            AdminUnit u = m.unit();
            matches.addObject()
                    .put("id", u.id())
                    .put("type", u.type().code())
                    .put("name_kk", u.nameKk())
                    .put("name_ru", u.nameRu())
                    .put("region_kk", m.region().nameKk())
                    .put("region_ru", m.region().nameRu())
                    .put("eotinish_search_kk", u.searchKk())
                    .put("eotinish_search_ru", u.searchRu())
                    .put("site", u.site());
        }
        o.put("ambiguous", r.ambiguous());
        String note = note(r);
        if (!note.isEmpty()) o.put("note", note);
        return o;
    }

    private static String text(PlaceResult r) {
        if (!r.found()) return "not found";
        if (r.ambiguous()) {
            return "ambiguous: " + r.matches().stream()
                    .map(m -> m.unit().id() + " (" + m.unit().nameKk() + " / " + m.unit().nameRu() + ", " + m.region().nameRu() + ")")
                    .collect(Collectors.joining(" | "));
        }
        PlaceMatch m = r.matches().getFirst();
        AdminUnit u = m.unit();
        StringBuilder s = new StringBuilder(u.id()).append('\t').append(u.type().code())
                .append('\t').append(u.nameKk()).append(" / ").append(u.nameRu());
        if (!m.isTopLevel()) s.append("\tregion: ").append(m.region().nameKk()).append(" / ").append(m.region().nameRu());
        s.append("\tsearch: ").append(u.searchKk()).append(" | ").append(u.searchRu());
        if (!m.isTopLevel()) s.append("\tregion search: ").append(m.region().searchKk()).append(" | ").append(m.region().searchRu());
        if (u.site() != null) s.append("\tsite: ").append(u.site());
        String note = note(r);
        return note.isEmpty() ? s.toString() : s.append("\tnote: ").append(note).toString();
    }

    /** Says which former name or district centre led to a unit, so the user is not puzzled by a different name. */
    private static String note(PlaceResult r) {
        return r.matches().stream()
                .filter(m -> m.via() != PlaceMatch.Via.NAME)
                .map(m -> m.matchedName() + (m.via() == PlaceMatch.Via.FORMER_NAME ? " is a former name of " : " is the centre of ")
                        + m.unit().nameKk() + " / " + m.unit().nameRu())
                .collect(Collectors.joining("; "));
    }
}
