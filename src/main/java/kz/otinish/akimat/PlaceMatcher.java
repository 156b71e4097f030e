package kz.otinish.akimat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.otinish.search.EditDistance;

/**
 * Finds the units a person means by what they type for a place: Kazakh, Russian or Latin, with or
 * without Kazakh letters, with case endings, typos, abbreviations, former names and district centres.
 *
 * <p>A query is read as one or more mentions ("Карасайский район Алматинской области" holds two);
 * each mention is the longest run of words that names a unit, exactly or within an edit distance
 * that grows with the name's length. A mention's neighbouring type word ("облысы", "район", "г.")
 * narrows it to that kind of unit, and a mention that contains another narrows that one to its
 * own units. What is left is returned whole: two units with one name come back as ambiguous.
 */
public final class PlaceMatcher {
    private static final int LONGEST_NAME_IN_WORDS = 4;

    /** One way to write a unit's name, folded, with its ending-free variants. */
    private record Key(AdminUnit unit, PlaceMatch.Via via, String written, String whole, Map<String, Boolean> forms) {}

    /**
     * A key hit by a span of the query. Lower rank is better: fewer typos first; then query and key
     * agreeing on being adjectives; then the key's whole form over its stem ("Акмолинск" is the whole
     * former name of Astana but only the stem of "Акмолинская область"); then names over former names
     * over district centres.
     */
    private record Hit(Key key, int distance, boolean adjectivesDisagree, boolean stemOfKey) {
        int rank() {
            return distance * 1000 + (adjectivesDisagree ? 100 : 0) + (stemOfKey ? 10 : 0) + key.via().ordinal();
        }
    }

    /** A run of words [from, to) that names one or more units. */
    private record Mention(int from, int to, List<Hit> hits, UnitType type) {}

    /** {@link EditDistance#allowedFor}'s most, and the shortest word it allows any typo in. */
    private static final int MAX_TYPOS = 2, FUZZY_FROM = 5;

    private final AkimatDirectory directory;
    private final List<Key> keys = new ArrayList<>();
    /** Every form of every key, for the exact look-up tried before the fuzzy one. */
    private final Map<String, List<Key>> exact = new HashMap<>();
    /**
     * Every form long enough for a typo, by its length, in the order of {@link #keys} and of each key's forms: the
     * fuzzy look-up compares a word only with forms at most {@link #MAX_TYPOS} letters longer or shorter.
     */
    private final Map<Integer, List<Form>> byLength = new HashMap<>();

    /** One form of a key: the key's place among {@link #keys}, the form's among the key's forms, its letters counted and as a set. */
    private record Form(Key key, String form, int keyIndex, int formIndex, int letters, long letterSet) {}

    /** A fuzzy hit and where it came from, to put the hits in the order the keys, query forms and key forms go. */
    private record Fuzzy(Form form, int queryIndex, Hit hit) {}

    public PlaceMatcher(AkimatDirectory directory) {
        this.directory = directory;
        for (AdminUnit u : directory.units()) {
            for (String name : List.of(u.nameKk(), u.nameRu())) add(u, PlaceMatch.Via.NAME, name);
            for (String name : u.abbreviations()) add(u, PlaceMatch.Via.NAME, name);
            for (String name : u.aliases()) add(u, PlaceMatch.Via.NAME, name);
            for (String name : u.formerNames()) add(u, PlaceMatch.Via.FORMER_NAME, name);
            // a region's centre is a city of its own in the directory; a district's centre is a village or town that is not
            if (u.type() == UnitType.DISTRICT && u.centreKk() != null) {
                add(u, PlaceMatch.Via.CENTRE, u.centreKk());
                add(u, PlaceMatch.Via.CENTRE, u.centreRu());
            }
        }
    }

    private void add(AdminUnit unit, PlaceMatch.Via via, String written) {
        String joined = String.join("", nameWords(PlaceText.fold(written)));
        if (joined.isEmpty()) return;
        Key key = new Key(unit, via, written, joined, PlaceWords.nameForms(joined));
        keys.add(key);
        int formIndex = 0;
        for (String v : key.forms().keySet()) {
            exact.computeIfAbsent(v, k -> new ArrayList<>()).add(key);
            if (v.length() >= FUZZY_FROM) byLength.computeIfAbsent(v.length(), n -> new ArrayList<>()).add(new Form(key, v, keys.size() - 1, formIndex, v.codePointCount(0, v.length()), EditDistance.letters(v)));
            formIndex++;
        }
    }

    /** The words of a folded text that can be part of a name: no type words, no noise. */
    private static List<String> nameWords(String folded) {
        return PlaceText.words(folded).stream()
                .filter(w -> PlaceWords.typeOf(w).isEmpty() && !PlaceWords.isNoise(w))
                .toList();
    }

    /** The directory the matcher reads, for callers that also list or look up units. */
    public AkimatDirectory directory() {
        return directory;
    }

    /** "Қарасу ауданының әкімдігі", "акимат Карасу", "akimat Kosshy": a body named as an akimat, to be found in the directory. */
    private static final java.util.regex.Pattern AKIMAT = java.util.regex.Pattern.compile("әкім|аким|akim",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** Whether {@code text} names an akimat ("аким", "әкімдік", "akimat" in it). */
    public static boolean namesAnAkimat(String text) {
        return AKIMAT.matcher(text).find();
    }

    public PlaceResult find(String query) {
        return best(query, false);
    }

    /**
     * What {@link #find} finds, but only when the query says nothing besides places, their kinds and the akimat
     * ("Қарағанды", "акимат Косшы", "где аким Алматинского района"): typed in the main chat, that is a person
     * looking for an akimat, not a question for the FAQ. Otherwise nothing is found.
     */
    public PlaceResult findWhole(String query) {
        return best(query, true);
    }

    private PlaceResult best(String query, boolean whole) {
        PlaceResult best = new PlaceResult(List.of());
        for (String reading : PlaceText.readings(query)) {
            PlaceResult r = find(PlaceText.words(reading), whole);
            // a Latin query read as Kazakh and as Russian: keep the reading that found the fewest, non-zero
            if (r.found() && (!best.found() || r.matches().size() < best.matches().size())) best = r;
        }
        return best;
    }

    private PlaceResult find(List<String> allWords, boolean whole) {
        List<String> words = allWords.stream().filter(w -> !PlaceWords.isNoise(w)).toList();
        Map<String, List<Hit>> seen = new HashMap<>();
        // Most messages checked whole are questions: their first word that no place name can cover settles it, before
        // the fuzzy look-up of every other span (exact: such a word is left unnamed whatever the mentions are).
        if (whole && !everyWordCouldBeNamed(words, seen)) return new PlaceResult(List.of());
        List<Mention> mentions = mentions(words, seen);
        if (mentions.isEmpty() || whole && !onlyPlaces(allWords, words, mentions)) return new PlaceResult(List.of());
        List<List<Hit>> narrowed = mentions.stream().map(PlaceMatcher::narrowedByType).toList();
        List<Hit> hits = combined(narrowed);
        boolean typed = mentions.stream().anyMatch(m -> m.type() != null);
        return new PlaceResult(resolved(hits, typed).stream().map(this::match).toList());
    }

    /**
     * Every word is part of a place's name or says what kind of place it is, and the place is meant: a name
     * typed as it is written, or any name next to "акимат", "облыс", "район"… A lone word one letter off a
     * name is more often an ordinary word ("когда" is not Кобда, "келеді" not Келес).
     */
    private static boolean onlyPlaces(List<String> allWords, List<String> words, List<Mention> mentions) {
        boolean[] named = new boolean[words.size()];
        for (Mention m : mentions) for (int i = m.from(); i < m.to(); i++) named[i] = true;
        boolean typed = false;
        for (int i = 0; i < words.size(); i++) {
            boolean type = PlaceWords.typeOf(words.get(i)).isPresent();
            if (!named[i] && !type) return false;
            typed |= type;
        }
        return typed || allWords.stream().anyMatch(PlaceWords::namesAkimat)
                || mentions.stream().allMatch(m -> m.hits().stream().allMatch(h -> h.distance() == 0 && !h.stemOfKey()));
    }

    /** Whether each word that is not a kind of place lies in a span of words that some place's name matches. */
    private boolean everyWordCouldBeNamed(List<String> words, Map<String, List<Hit>> seen) {
        for (int i = 0; i < words.size(); i++) {
            if (PlaceWords.typeOf(words.get(i)).isPresent()) continue;
            boolean covered = false;
            for (int from = Math.max(0, i - LONGEST_NAME_IN_WORDS + 1); from <= i && !covered; from++) {
                for (int to = from + 1; to <= Math.min(words.size(), from + LONGEST_NAME_IN_WORDS); to++) {
                    if (PlaceWords.typeOf(words.get(to - 1)).isPresent()) break; // as mentions() builds its spans
                    if (to > i && !hitsOf(words, from, to, seen).isEmpty()) {
                        covered = true;
                        break;
                    }
                }
            }
            if (!covered) return false;
        }
        return true;
    }

    private List<Hit> hitsOf(List<String> words, int from, int to, Map<String, List<Hit>> seen) {
        return seen.computeIfAbsent(String.join("", words.subList(from, to)), this::hits);
    }

    private List<Mention> mentions(List<String> words, Map<String, List<Hit>> seen) {
        record Span(int from, int to, List<Hit> hits) {}
        List<Span> spans = new ArrayList<>();
        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 1; to <= Math.min(words.size(), from + LONGEST_NAME_IN_WORDS); to++) {
                if (PlaceWords.typeOf(words.get(to - 1)).isPresent()) break;
                List<Hit> hits = hitsOf(words, from, to, seen);
                if (!hits.isEmpty()) spans.add(new Span(from, to, hits));
            }
        }
        // the closest spans first, then the longest: "Бухар жырау" beats a fuzzy "Бухар", and the district centre
        // "Форт-Шевченко" beats "Шевченко", a former name of Aktau; then names over former names over centres
        spans.sort(Comparator.<Span>comparingInt(s -> s.hits().getFirst().distance())
                .thenComparingInt(s -> -(s.to() - s.from()))
                .thenComparingInt(s -> s.hits().getFirst().rank())
                .thenComparingInt(Span::from));
        boolean[] taken = new boolean[words.size()];
        List<Mention> mentions = new ArrayList<>();
        for (Span s : spans) {
            boolean free = true;
            for (int i = s.from(); i < s.to(); i++) free &= !taken[i];
            if (!free) continue;
            for (int i = s.from(); i < s.to(); i++) taken[i] = true;
            mentions.add(new Mention(s.from(), s.to(), s.hits(), null));
        }
        mentions.sort(Comparator.comparingInt(Mention::from));
        return typed(mentions, words);
    }

    /**
     * Gives each mention the type word right after it ("Алматы облысы", "Карасайский район"), or else
     * the one right before it ("город Алматы") unless the mention before already took that word
     * ("Бостандыкский район Алматы": "район" belongs to Бостандык).
     */
    private static List<Mention> typed(List<Mention> mentions, List<String> words) {
        List<Mention> out = new ArrayList<>();
        int usedWord = -1;
        for (Mention m : mentions) {
            Optional<UnitType> after = m.to() < words.size() ? PlaceWords.typeOf(words.get(m.to())) : Optional.empty();
            Optional<UnitType> before = m.from() > 0 && m.from() - 1 != usedWord
                    ? PlaceWords.typeOf(words.get(m.from() - 1)) : Optional.empty();
            if (after.isPresent()) usedWord = m.to();
            out.add(new Mention(m.from(), m.to(), m.hits(), after.or(() -> before).orElse(null)));
        }
        return out;
    }

    /** The best hits of one unit each for a span of text, all of the best rank. */
    private List<Hit> hits(String span) {
        Map<String, Boolean> forms = PlaceWords.forms(span);
        List<Hit> found = new ArrayList<>();
        for (var q : forms.entrySet()) {
            for (Key k : exact.getOrDefault(q.getKey(), List.of())) found.add(hit(k, q.getKey(), q.getValue(), 0));
        }
        if (found.isEmpty()) {
            // Most names are ruled out by length alone: a word may carry at most MAX_TYPOS, and one under FUZZY_FROM
            // letters none (an exact match was looked up above). The hits keep the keys' order, as ties go to the first.
            List<Fuzzy> fuzzy = new ArrayList<>();
            int queryIndex = -1;
            for (var q : forms.entrySet()) {
                queryIndex++;
                int lq = q.getKey().length(), letters = q.getKey().codePointCount(0, lq);
                if (lq < FUZZY_FROM) continue;
                long letterSet = EditDistance.letters(q.getKey());
                for (int lk = lq - MAX_TYPOS; lk <= lq + MAX_TYPOS; lk++) {
                    for (Form f : byLength.getOrDefault(lk, List.of())) {
                        int allowed = EditDistance.allowedForLength(lq < lk ? letters : f.letters()); // the shorter word's
                        // The letters each holds rule most names out before any distance is computed.
                        if (!EditDistance.mayBeWithin(letterSet, f.letterSet(), allowed)) continue;
                        int d = EditDistance.within(q.getKey(), f.form(), allowed);
                        if (d <= allowed) fuzzy.add(new Fuzzy(f, queryIndex, hit(f.key(), f.form(), q.getValue(), d)));
                    }
                }
            }
            fuzzy.sort(java.util.Comparator.comparingInt((Fuzzy z) -> z.form().keyIndex()).thenComparingInt(Fuzzy::queryIndex)
                    .thenComparingInt(z -> z.form().formIndex()));
            fuzzy.forEach(z -> found.add(z.hit()));
        }
        if (found.isEmpty()) return List.of();
        int best = found.stream().mapToInt(Hit::rank).min().orElseThrow();
        Map<String, Hit> byUnit = new LinkedHashMap<>();
        for (Hit h : found) if (h.rank() == best) byUnit.putIfAbsent(h.key().unit().id(), h);
        return List.copyOf(byUnit.values());
    }

    private static Hit hit(Key key, String keyForm, boolean queryLostAdjectiveEnding, int distance) {
        boolean keyLostAdjectiveEnding = key.forms().get(keyForm);
        return new Hit(key, distance, queryLostAdjectiveEnding != keyLostAdjectiveEnding, !keyForm.equals(key.whole()));
    }

    private static List<Hit> narrowedByType(Mention m) {
        if (m.type() == null) return m.hits();
        List<Hit> typed = m.hits().stream().filter(h -> h.key().unit().type() == m.type()).toList();
        return typed.isEmpty() ? m.hits() : typed;
    }

    /**
     * Several mentions: the one inside another wins, narrowed to the units inside it ("Жамбылский
     * район Алматинской области"); mentions that do not nest are all kept.
     */
    private List<Hit> combined(List<List<Hit>> mentions) {
        if (mentions.size() == 1) return mentions.getFirst();
        for (int i = 0; i < mentions.size(); i++) {
            List<AdminUnit> others = new ArrayList<>();
            for (int j = 0; j < mentions.size(); j++) if (j != i) mentions.get(j).forEach(h -> others.add(h.key().unit()));
            List<Hit> inside = mentions.get(i).stream()
                    .filter(h -> others.stream().anyMatch(o -> directory.contains(o, h.key().unit())))
                    .toList();
            if (!inside.isEmpty()) return inside;
        }
        Map<String, Hit> all = new LinkedHashMap<>();
        for (List<Hit> m : mentions) for (Hit h : m) all.putIfAbsent(h.key().unit().id(), h);
        return List.copyOf(all.values());
    }

    /**
     * A bare name shared by a region and a district means the region ("Жамбыл"); a name shared by a
     * region and a city inside it means the city, whose answer names the region too ("Актобе").
     */
    private List<Hit> resolved(List<Hit> hits, boolean typed) {
        List<Hit> out = new ArrayList<>(hits);
        if (!typed && out.stream().anyMatch(h -> h.key().unit().isTopLevel())) {
            out.removeIf(h -> h.key().unit().type() == UnitType.DISTRICT);
        }
        List<Hit> before = List.copyOf(out);
        out.removeIf(h -> before.stream().anyMatch(o -> directory.contains(h.key().unit(), o.key().unit())));
        Set<String> seen = new LinkedHashSet<>();
        out.removeIf(h -> !seen.add(h.key().unit().id()));
        return out;
    }

    private PlaceMatch match(Hit h) {
        AdminUnit unit = h.key().unit();
        String matched = h.key().via() == PlaceMatch.Via.NAME ? null : h.key().written();
        return new PlaceMatch(unit, directory.regionOf(unit), h.key().via(), matched);
    }
}
