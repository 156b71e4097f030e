package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureIndexTest {
    private static long of(String name) {
        return FeatureIndex.add(FeatureIndex.start(), name);
    }

    @Test
    void aNameFingerprintedInPiecesIsTheNameWhole() {
        char[] word = "<өтініш>".toCharArray();
        long piece = FeatureIndex.add(FeatureIndex.add(FeatureIndex.start(), "c:"), word, 1, 5);
        assertEquals(of("c:өтін"), piece);
        long pair = FeatureIndex.add(FeatureIndex.add(FeatureIndex.add(of("ru:"), "ответ"), '_'), "акимат");
        assertEquals(of("ru:ответ_акимат"), pair);
        assertNotEquals(of("ru:ответ_акимат"), of("ru:ответа_кимат"), "the same letters split otherwise");
        assertNotEquals(of("c:ақ"), of("c:ан"), "letters that share their low byte (қ U+049B, and U+0000-FF)");
    }

    @Test
    void everyFeatureIsFoundByItsNumberAndNoOtherNameIs() {
        int n = 60_000;
        long[] fingerprints = new long[n];
        for (int i = 0; i < n; i++) fingerprints[i] = of("c:" + i);
        FeatureIndex index = new FeatureIndex(fingerprints);
        assertEquals(n, index.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i + 1, index.number(of("c:" + i)));
            assertEquals(fingerprints[i], index.fingerprint(i + 1));
        }
        for (int i = n; i < 2 * n; i++) assertEquals(0, index.number(of("c:" + i)), "never met");
    }

    @Test
    void fingerprintsOfDistinctShortNamesDiffer() {
        // Every letter n-gram of two to five Kazakh Cyrillic letters from a small alphabet: none may share a fingerprint.
        String letters = "аәбгғдеіқңоөұүшы";
        Set<Long> seen = new HashSet<>();
        int names = 0;
        for (char a : letters.toCharArray()) for (char b : letters.toCharArray()) for (char c : letters.toCharArray())
            for (char d : letters.toCharArray()) {
                names++;
                seen.add(of("c:" + a + b + c + d));
            }
        assertEquals(names, seen.size());
    }
}
