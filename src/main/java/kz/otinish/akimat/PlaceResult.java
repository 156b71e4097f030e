package kz.otinish.akimat;

import java.util.List;

/** What a place query found: nothing, one unit, or several to choose from (never a silent guess). */
public record PlaceResult(List<PlaceMatch> matches) {

    public PlaceResult {
        matches = List.copyOf(matches);
    }

    public boolean found() {
        return !matches.isEmpty();
    }

    public boolean ambiguous() {
        return matches.size() > 1;
    }
}
