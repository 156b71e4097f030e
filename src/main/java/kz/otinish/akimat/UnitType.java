package kz.otinish.akimat;

/** The three kinds of unit in the directory; a city's significance follows from its parent. */
public enum UnitType {
    REGION, CITY, DISTRICT;

    /** The word used in akimats.yaml and in JSON output. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static java.util.Optional<UnitType> fromCode(String code) {
        for (UnitType t : values()) {
            if (t.code().equals(code)) return java.util.Optional.of(t);
        }
        return java.util.Optional.empty();
    }
}
