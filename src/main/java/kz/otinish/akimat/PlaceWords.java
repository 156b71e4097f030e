package kz.otinish.akimat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words around a place name: which say what kind of unit is meant ("облысы", "району", "г."),
 * which carry nothing ("акимат", "в", "где"), and the case endings that Kazakh and Russian add to a
 * name ("Алматы|ның", "Караганд|е"). Written as people type them; folded once, like every name.
 */
final class PlaceWords {
    private static final List<String> REGION_ROOTS = folded("облыс", "област", "регион");
    private static final List<String> DISTRICT_ROOTS = folded("аудан", "район");
    private static final List<String> CITY_ROOTS = folded("қала", "город");
    private static final Set<String> REGION_WORDS = Set.copyOf(folded("обл"));
    private static final Set<String> DISTRICT_WORDS = Set.copyOf(folded("р", "рн"));
    private static final Set<String> CITY_WORDS = Set.copyOf(folded("г", "гор"));

    /** "Аким", "әкімдігі", "акимат", "аппарат": the akimat is what the user is after, not part of the place. */
    private static final List<String> NOISE_ROOTS = folded("аким", "әкім", "аппарат");
    private static final Set<String> NOISE = Set.copyOf(folded(
            "в", "во", "н", "п", "на", "по", "для", "из", "и", "с", "к", "у", "о", "об", "от", "до", "при", "мне", "мой", "моя",
            "нужен", "нужна", "нужно", "найти", "где", "как", "какой", "адрес", "сайт", "куда", "писать", "написать",
            "обращение", "жалоба", "хочу", "село", "поселок", "аул", "имени", "им", "гу", "кгу", "государственное",
            "учреждение", "қайда", "керек", "маған", "табу", "мекенжай", "жазу", "өтініш", "және", "бойынша",
            "ауыл", "ауылы", "атындағы", "мемлекеттік", "мекемесі", "akimat", "akimaty"));

    /** Case endings, longest first so that "-ского" is tried before "-о". */
    private static final List<String> ENDINGS = folded(
            // Russian
            "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями",
            "ая", "яя", "ое", "ее", "ой", "ей", "ий", "ый", "ую", "юю", "ые", "ие", "ых", "их", "ым", "им", "ом", "ем", "ах", "ях",
            "а", "я", "е", "у", "ю", "ы", "и",
            // Kazakh
            "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің", "тың", "тің",
            "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "лық", "лік", "дық", "дік", "тық", "тік",
            "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те", "сы", "сі", "і")
            .stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static final Set<String> ADJECTIVE_ENDINGS = Set.copyOf(folded(
            "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ое", "ее", "ой", "ей", "ий", "ый", "ую", "юю", "ые", "ие", "ых", "их"));

    private static final List<String> NAME_ENDINGS = ENDINGS.stream()
            .filter(e -> ADJECTIVE_ENDINGS.contains(e) || folded("а", "я", "ы", "и", "е").contains(e))
            .toList();

    private PlaceWords() {}

    /** The kind of unit a word names, if it is one of "облысы", "района", "қаласы", "г" and the like. */
    static Optional<UnitType> typeOf(String word) {
        if (REGION_WORDS.contains(word) || startsWithAny(word, REGION_ROOTS)) return Optional.of(UnitType.REGION);
        if (DISTRICT_WORDS.contains(word) || startsWithAny(word, DISTRICT_ROOTS)) return Optional.of(UnitType.DISTRICT);
        if (CITY_WORDS.contains(word) || startsWithAny(word, CITY_ROOTS)) return Optional.of(UnitType.CITY);
        return Optional.empty();
    }

    /** "Акимат", "әкімдігі", "аппарат акима": the word for what the user is after. */
    static boolean namesAkimat(String word) {
        return startsWithAny(word, NOISE_ROOTS) || word.startsWith("akim");
    }

    static boolean isNoise(String word) {
        return NOISE.contains(word) || startsWithAny(word, NOISE_ROOTS);
    }

    /**
     * A typed word and the word without each case ending it may carry (keeping at least two letters),
     * each telling whether what was cut is a Russian adjective ending: "Актюбинской" names the
     * region (Актюбинская область), not the city's old name Актюбинск, though both lose an ending to "актюбинск".
     */
    static Map<String, Boolean> forms(String word) {
        return forms(word, ENDINGS);
    }

    /**
     * A name from the directory, which is in the nominative: only what Russian declension replaces
     * comes off (Кзыл-Орд|а → Кзыл-Орд|е, Карасайск|ий → Карасайск|ого), never a Kazakh case ending,
     * or "Киевка" would lose "-ка" and answer "Киев".
     */
    static Map<String, Boolean> nameForms(String name) {
        return forms(name, NAME_ENDINGS);
    }

    private static Map<String, Boolean> forms(String word, List<String> endings) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        out.put(word, false);
        for (String ending : endings) {
            if (word.length() - ending.length() >= 2 && word.endsWith(ending)) {
                out.putIfAbsent(word.substring(0, word.length() - ending.length()), ADJECTIVE_ENDINGS.contains(ending));
            }
        }
        return out;
    }

    private static boolean startsWithAny(String word, List<String> roots) {
        for (String root : roots) if (word.startsWith(root)) return true;
        return false;
    }

    private static List<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(w -> PlaceText.fold(w).strip()).collect(Collectors.toList());
    }
}
