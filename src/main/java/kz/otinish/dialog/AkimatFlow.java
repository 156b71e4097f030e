package kz.otinish.dialog;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.otinish.Html;
import kz.otinish.Lang;
import kz.otinish.akimat.AdminUnit;
import kz.otinish.akimat.AkimatDirectory;
import kz.otinish.akimat.PlaceMatch;
import kz.otinish.akimat.PlaceMatcher;
import kz.otinish.akimat.PlaceResult;
import kz.otinish.akimat.UnitType;
import kz.otinish.search.KazakhLetters;

/**
 * "Find an akimat": the user names a place however they type it; the bot answers with the akimat
 * and the exact words to type into e-Otinish's state-body search, and the region's akimat above it.
 * Several places with one name become buttons to choose from; an unknown place gets the regions as
 * buttons. The flow stays open, so another place can be typed straight away.
 */
public final class AkimatFlow implements Flow {
    public static final String NAME = "akimat";
    /** "где аким Карасайского района Алматинской области": the longest place message worth reading as one. */
    private static final int CLAIMED_WORDS = 8;
    private final AkimatDirectory directory;
    private final PlaceMatcher matcher;

    public AkimatFlow(PlaceMatcher matcher) {
        this.directory = matcher.directory();
        this.matcher = matcher;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Reply> start(Session s, String argument) {
        if (argument != null && !argument.isBlank()) return List.of(answer(s, matcher.find(argument)));
        return List.of(Reply.text(s.t("akimat.prompt")));
    }

    /**
     * A message that names a place and nothing else ("Қарағанды", "акимат Косшы") is someone looking for its akimat.
     * Such a message is short: a longer one is not read for places at all (the matcher tries every run of words).
     */
    @Override
    public boolean claims(String text) {
        return text.strip().split("\\s+").length <= CLAIMED_WORDS && matcher.findWhole(text).found();
    }

    @Override
    public List<Reply> handle(Session s, Incoming in) {
        if (in.isButton()) {
            Optional<AdminUnit> unit = directory.unit(in.button().substring(NAME.length() + 1));
            if (unit.isEmpty()) return List.of(Reply.text(s.t("error.stale_button")), s.mainMenu());
            PlaceMatch chosen = new PlaceMatch(unit.get(), directory.regionOf(unit.get()), PlaceMatch.Via.NAME, null);
            return List.of(shown(s, chosen, unit.get().isTopLevel() ? directory.children(unit.get()) : List.of()));
        }
        if (!in.isText() || in.text().isBlank()) return List.of(Reply.text(s.t("akimat.text_only")));
        // "какая погода", "как отозвать обращение" after a place: the main chat's, not a place that was not found.
        boolean brief = in.text().strip().split("\\s+").length <= CLAIMED_WORDS;
        PlaceResult r = brief ? matcher.find(in.text()) : new PlaceResult(List.of());
        if (!r.found()) {
            Optional<List<Reply>> elsewhere = s.inMainChat(in);
            if (elsewhere.isPresent()) return elsewhere.get();
        }
        return List.of(answer(s, r));
    }

    private Reply answer(Session s, PlaceResult r) {
        TopicCounts.akimatSearched(s.db(), s.lang(), r.found());
        if (!r.found()) return Reply.withButtons(s.t("akimat.not_found"), rows(s, alphabetical(s.lang(), directory.topLevel())));
        if (r.ambiguous()) return Reply.withButtons(s.t("akimat.choose"), rows(s, r.matches().stream().map(PlaceMatch::unit).toList()));
        return shown(s, r.matches().getFirst(), List.of());
    }

    /** The akimat of a unit: its search phrases, its region's, the site; {@code parts} become buttons to go further down. */
    private Reply shown(Session s, PlaceMatch m, List<AdminUnit> parts) {
        AdminUnit u = m.unit();
        Lang other = s.lang().other();
        List<String> paragraphs = new ArrayList<>();
        if (m.via() == PlaceMatch.Via.FORMER_NAME) {
            paragraphs.add(s.t("akimat.former_name", "typed", Html.escape(m.matchedName()), "name", Html.escape(name(u, s.lang()))));
        } else if (m.via() == PlaceMatch.Via.CENTRE) {
            String centre = s.lang() == Lang.KK ? u.centreKk() : u.centreRu();
            paragraphs.add(s.t("akimat.centre", "typed", Html.escape(centre), "name", Html.escape(name(u, s.lang()))));
        }
        paragraphs.add(m.isTopLevel() ? "<b>" + Html.escape(name(u, s.lang())) + "</b>"
                : s.t("akimat.title_in_region", "name", Html.escape(name(u, s.lang())), "region", Html.escape(name(m.region(), s.lang()))));
        paragraphs.add(s.t("akimat.search", "phrase", Html.escape(search(u, s.lang())), "phrase_other", Html.escape(search(u, other))));
        if (!m.isTopLevel()) {
            paragraphs.add(s.t("akimat.region_search", "region", Html.escape(name(m.region(), s.lang())),
                    "phrase", Html.escape(search(m.region(), s.lang()))));
        }
        if (u.site() != null) paragraphs.add(s.t("akimat.site", "site", Html.escape(u.site())));
        paragraphs.add(s.t(parts.isEmpty() ? "akimat.again" : "akimat.parts"));
        return Reply.withButtons(String.join("\n\n", paragraphs), rows(s, parts));
    }

    /** Units as buttons, two a row; a district's or city's region is named on its button. */
    private List<List<Button>> rows(Session s, List<AdminUnit> units) {
        List<Button> buttons = new ArrayList<>();
        for (AdminUnit u : units) {
            AdminUnit region = directory.regionOf(u);
            String label = u.isTopLevel() || units.stream().allMatch(o -> directory.regionOf(o).equals(region))
                    ? name(u, s.lang()) : name(u, s.lang()) + " — " + name(region, s.lang());
            buttons.add(new Button(label, NAME + ":" + u.id()));
        }
        int perRow = buttons.stream().anyMatch(b -> b.label().length() > 24) ? 1 : 2;
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += perRow) rows.add(buttons.subList(i, Math.min(i + perRow, buttons.size())));
        return rows;
    }

    /** The three cities first, then the regions in the alphabet of the user's language: 20 buttons are scanned, not read. */
    private static List<AdminUnit> alphabetical(Lang lang, List<AdminUnit> units) {
        Collator alphabet = Collator.getInstance(Locale.forLanguageTag(lang.code()));
        return units.stream().sorted(Comparator.comparing((AdminUnit u) -> u.type() != UnitType.CITY)
                // «область Абай» under А, «Ұлытау» beside «У»: Kazakh letters sort with the letter they are built on.
                .thenComparing(u -> KazakhLetters.fold(name(u, lang).replaceFirst("^область ", "")), alphabet)).toList();
    }

    private static String name(AdminUnit u, Lang lang) {
        return lang == Lang.KK ? u.nameKk() : u.nameRu();
    }

    private static String search(AdminUnit u, Lang lang) {
        return lang == Lang.KK ? u.searchKk() : u.searchRu();
    }
}
