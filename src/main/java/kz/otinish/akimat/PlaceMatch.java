package kz.otinish.akimat;

/**
 * One unit a query found, with the region (or city of republican significance) whose akimat stands
 * above it, and how it was recognised: {@code matchedName} is the former name or the district centre
 * the user typed, as written in the directory, when {@code via} is not {@link Via#NAME}.
 */
public record PlaceMatch(AdminUnit unit, AdminUnit region, Via via, String matchedName) {

    public enum Via { NAME, FORMER_NAME, CENTRE }

    /** True when the unit is its own region: a region or a city of republican significance. */
    public boolean isTopLevel() {
        return unit.id().equals(region.id());
    }
}
