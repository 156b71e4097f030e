package kz.otinish.akimat;

import java.util.List;

/**
 * A region, city or district and its akimat, as one entry of knowledge-base/akimats.yaml.
 * Optional texts (parent, centre, site) are null when absent.
 */
public record AdminUnit(
        String id,
        UnitType type,
        String parentId,
        String nameKk,
        String nameRu,
        String centreKk,
        String centreRu,
        List<String> formerNames,
        List<String> abbreviations,
        List<String> aliases,
        String apparatusKk,
        String apparatusRu,
        String searchKk,
        String searchRu,
        String site) {

    public AdminUnit {
        formerNames = List.copyOf(formerNames);
        abbreviations = List.copyOf(abbreviations);
        aliases = List.copyOf(aliases);
    }

    /** Regions and the cities of republican significance: the units with no parent. */
    public boolean isTopLevel() {
        return parentId == null;
    }
}
