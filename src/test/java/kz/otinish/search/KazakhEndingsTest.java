package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KazakhEndingsTest {
    @Test
    void oneEndingOrTwoInARow() {
        assertTrue(KazakhEndings.are("мен"), "ЭЦҚ-мен");
        assertTrue(KazakhEndings.are("ым"), "мекенжай-ым");
        assertTrue(KazakhEndings.are("ымды"), "ЖСН-ым-ды");
        assertTrue(KazakhEndings.are("га"), "ХҚКО-ға, folded");
        assertTrue(KazakhEndings.are("лардан"), "plural then ablative");
    }

    @Test
    void lettersThatAreNoEndingAreNot() {
        assertFalse(KazakhEndings.are("ала"));
        assertFalse(KazakhEndings.are("тау"));
        assertFalse(KazakhEndings.are("ымдыдан"), "three endings are more than a glued-on ending");
        assertFalse(KazakhEndings.are(""));
    }
}
