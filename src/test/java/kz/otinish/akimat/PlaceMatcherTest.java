package kz.otinish.akimat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kz.otinish.knowledge.ContentRoot;
import org.junit.jupiter.api.Test;

class PlaceMatcherTest {
    private static final AkimatDirectory DIRECTORY = AkimatDirectory.load(ContentRoot.at(Path.of("."))).directory();
    private static final PlaceMatcher MATCHER = new PlaceMatcher(DIRECTORY);

    @Test
    void aUserWhoTypesAnOldNameGetsTheCurrentCityAndTheNameTheyUsed() {
        PlaceMatch m = MATCHER.find("Капчагай").matches().getFirst();
        assertEquals("konaev", m.unit().id());
        assertEquals(PlaceMatch.Via.FORMER_NAME, m.via());
        assertEquals("Капчагай", m.matchedName());
        assertEquals("almaty-region", m.region().id());
    }

    @Test
    void onlyAQueryThatNamesPlacesAndNothingElseIsFoundWhole() {
        assertEquals("karaganda-city", MATCHER.findWhole("Қарағанды").matches().getFirst().unit().id());
        assertEquals("kosshy", MATCHER.findWhole("акимат Косшы").matches().getFirst().unit().id());
        assertEquals("almaty-region-karasai", MATCHER.findWhole("Алматы облысы Қарасай ауданы").matches().getFirst().unit().id());
        assertEquals("shymkent", MATCHER.findWhole("akimat shymkent").matches().getFirst().unit().id());
        assertEquals("karaganda-city", MATCHER.findWhole("акимат Каргаанды").matches().getFirst().unit().id(), "a typo next to 'акимат'");
        assertFalse(MATCHER.findWhole("Каргаанды").found(), "a lone word one letter off is not taken for a name");
        assertFalse(MATCHER.findWhole("когда").found());
        assertFalse(MATCHER.findWhole("как подать жалобу в акимат Алматы").found(), "a question with a place in it");
        assertTrue(MATCHER.find("как подать жалобу в акимат Алматы").found(), "where find still sees the place");
    }

    @Test
    void aLongerNameIsReadWholeBeforeAShorterOneInsideIt() {
        // "Шевченко" alone is Aktau's former name; "Форт-Шевченко" is the centre of Түпқараған district
        assertEquals("mangystau-tupkaragan", MATCHER.find("Форт-Шевченко").matches().getFirst().unit().id());
        assertEquals("aktau", MATCHER.find("Шевченко").matches().getFirst().unit().id());
    }

    @Test
    void aDistrictComesWithTheRegionWhoseAkimatStandsAboveIt() {
        PlaceResult r = MATCHER.find("Карасайский район");
        assertFalse(r.ambiguous());
        PlaceMatch m = r.matches().getFirst();
        assertEquals("Қарасай ауданы әкімінің аппараты", m.unit().searchKk());
        assertEquals("Аппарат акима Карасайского района", m.unit().searchRu());
        assertEquals("Аппарат акима Алматинской области", m.region().searchRu());
        assertEquals(PlaceMatch.Via.NAME, m.via());
        assertNull(m.matchedName());
    }

    @Test
    void aVillageThatIsADistrictCentreLeadsToItsDistrict() {
        PlaceMatch m = MATCHER.find("Каскелен").matches().getFirst();
        assertEquals("almaty-region-karasai", m.unit().id());
        assertEquals(PlaceMatch.Via.CENTRE, m.via());
    }

    @Test
    void almatyAloneIsAChoiceBetweenTheCityAndTheRegion() {
        PlaceResult r = MATCHER.find("Алматы");
        assertTrue(r.ambiguous());
        assertEquals(2, r.matches().size());
        assertTrue(r.matches().stream().allMatch(PlaceMatch::isTopLevel));
    }

    @Test
    void oneTypoIsForgivenInAMiddleLengthNameButNotInAnAbbreviation() {
        assertEquals("shymkent", MATCHER.find("шымкнет").matches().getFirst().unit().id());
        assertEquals("east-kazakhstan", MATCHER.find("ВКО").matches().getFirst().unit().id());
        assertEquals("north-kazakhstan", MATCHER.find("СКО").matches().getFirst().unit().id());
        assertFalse(MATCHER.find("ФКО").found());
    }

    @Test
    void aForeignCityIsNotFoundInsideAVillageNameThatContainsIt() {
        assertFalse(MATCHER.find("Киев").found(), "Киевка, the centre of Nura district, is not Киев with an ending");
        assertEquals("karaganda-nura", MATCHER.find("Киевка").matches().getFirst().unit().id());
    }

    @Test
    void aPlaceOutsideKazakhstanFindsNothing() {
        assertFalse(MATCHER.find("Москва").found());
        assertFalse(MATCHER.find("").found());
        assertFalse(MATCHER.find("   ").found());
    }
}
