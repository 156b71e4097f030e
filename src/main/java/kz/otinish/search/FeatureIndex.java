package kz.otinish.search;

/**
 * The intent model's features, each by the 64-bit fingerprint of its name ("c:ала", "kk:өтініш", "ru:ответ_акимат"),
 * numbered from 1 in the order first met. A question's features are fingerprinted straight from its letters, so
 * answering makes no string per letter n-gram, and the table is two flat arrays: as a map of names it held ~5 MB of
 * the bot's heap, and looking a question's ~300 n-grams up in it was a twentieth of the bot's CPU under load. Two names
 * with one fingerprint (for ~50,000 names, odds of about 1 in 10^10) would count as one feature: harmless to a
 * linear model.
 */
final class FeatureIndex {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L, FNV_PRIME = 0x100000001b3L;

    /** Open addressing: a slot holds a fingerprint and its number; 0 marks an empty slot. */
    private final long[] slots;
    private final int[] numbers;
    private final long[] byNumber;

    /** {@code fingerprints[i]} is feature {@code i + 1}'s. */
    FeatureIndex(long[] fingerprints) {
        byNumber = fingerprints.clone();
        int capacity = Integer.highestOneBit(Math.max(2, fingerprints.length) * 2) * 2; // at most half full
        slots = new long[capacity];
        numbers = new int[capacity];
        for (int i = 0; i < fingerprints.length; i++) {
            int at = find(fingerprints[i]);
            if (numbers[at] == 0) {
                slots[at] = fingerprints[i];
                numbers[at] = i + 1;
            }
        }
    }

    /** The feature's number, or 0 for a name the model never met. */
    int number(long fingerprint) {
        return numbers[find(fingerprint)];
    }

    int size() {
        return byNumber.length;
    }

    /** Feature {@code number}'s fingerprint, as {@link #FeatureIndex} was given it. */
    long fingerprint(int number) {
        return byNumber[number - 1];
    }

    private int find(long fingerprint) {
        int mask = slots.length - 1;
        int at = (int) mix(fingerprint) & mask;
        while (numbers[at] != 0 && slots[at] != fingerprint) at = (at + 1) & mask;
        return at;
    }

    /** A name is fingerprinted a letter at a time, from {@link #start}: FNV-1a over its UTF-16 units. */
    static long start() {
        return FNV_OFFSET;
    }

    static long add(long fingerprint, char c) {
        return ((fingerprint ^ (c & 0xff)) * FNV_PRIME ^ (c >>> 8)) * FNV_PRIME;
    }

    static long add(long fingerprint, CharSequence s) {
        for (int i = 0; i < s.length(); i++) fingerprint = add(fingerprint, s.charAt(i));
        return fingerprint;
    }

    static long add(long fingerprint, char[] letters, int from, int to) {
        for (int i = from; i < to; i++) fingerprint = add(fingerprint, letters[i]);
        return fingerprint;
    }

    /** FNV's low bits alone spread poorly over a table; MurmurHash3's finaliser mixes every bit into them. */
    private static long mix(long h) {
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
