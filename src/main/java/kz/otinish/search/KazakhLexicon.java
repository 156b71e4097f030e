package kz.otinish.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Kazakh stems of {@value #RESOURCE} (from the Hunspell dictionary; its header says how): what the stemmer
 * checks a reading against, a noun's stem (бала) apart from a verb's (жыла-). Kept folded, sorted and packed in one
 * array, ~1 MB for ~57,000 stems, where a set of strings would take several.
 */
final class KazakhLexicon {
    static final String RESOURCE = "kazakh-stems.txt";
    private static final char VERB = '-';
    static final KazakhLexicon STEMS = load();

    /** The stems' folded letters one after another; stem i is letters[starts[i]..starts[i + 1]). */
    private final char[] letters;
    private final int[] starts;

    private KazakhLexicon(char[] letters, int[] starts) {
        this.letters = letters;
        this.starts = starts;
    }

    /** Whether {@code s[0..len)}, folded, is a noun's stem (or any word that is not a verb). */
    boolean isNoun(char[] s, int len) {
        return find(s, len, false);
    }

    /** Whether {@code s[0..len)}, folded, is a verb's stem. */
    boolean isVerb(char[] s, int len) {
        return find(s, len, true);
    }

    private boolean find(char[] s, int len, boolean verb) {
        int low = 0;
        int high = starts.length - 2;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(middle, s, len, verb);
            if (order == 0) return true;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return false;
    }

    /** Stem i against the folded key (with the verb mark when {@code verb}), in char order as the list is sorted. */
    private int compare(int i, char[] s, int len, boolean verb) {
        int start = starts[i];
        int length = starts[i + 1] - start;
        int keyLength = verb ? len + 1 : len;
        for (int k = 0; k < Math.min(length, keyLength); k++) {
            char key = k < len ? KazakhLetters.fold(s[k]) : VERB;
            if (letters[start + k] != key) return Character.compare(letters[start + k], key);
        }
        return Integer.compare(length, keyLength);
    }

    /** Stem i against {@code key[from..from+len)}, letters already folded. */
    private int compare(int i, char[] key, int from, int len) {
        return Arrays.compare(letters, starts[i], starts[i + 1], key, from, from + len);
    }

    /**
     * The list shipped in the jar; a missing list is a broken build, not a condition to run with. Read in one pass
     * into the packed array: the list is kept in folded order, so it needs no sorting unless an edit broke the order.
     */
    private static KazakhLexicon load() {
        try (InputStream in = KazakhLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The stems of a list in the resource's format: one a line, '#' comments. */
    static KazakhLexicon of(String list) {
        char[] text = list.toCharArray();
        char[] letters = new char[text.length];
        int[] starts = new int[text.length / 2 + 2];
        int count = 0;
        int size = 0;
        for (int line = 0; line < text.length; ) {
            int end = line;
            while (end < text.length && text[end] != '\n') end++;
            int from = line;
            int to = end;
            while (from < to && Character.isWhitespace(text[from])) from++;
            while (to > from && Character.isWhitespace(text[to - 1])) to--;
            if (from < to && text[from] != '#') {
                starts[count++] = size;
                for (int i = from; i < to; i++) letters[size++] = KazakhLetters.fold(Character.toLowerCase(text[i]));
            }
            line = end + 1;
        }
        starts[count] = size;
        KazakhLexicon lexicon = new KazakhLexicon(Arrays.copyOf(letters, size), Arrays.copyOf(starts, count + 1));
        return lexicon.sorted() ? lexicon : lexicon.sortedCopy();
    }

    private boolean sorted() {
        for (int i = 1; i + 1 < starts.length; i++) {
            if (compare(i - 1, letters, starts[i], starts[i + 1] - starts[i]) > 0) return false;
        }
        return true;
    }

    private KazakhLexicon sortedCopy() {
        List<String> stems = new ArrayList<>(starts.length);
        for (int i = 0; i + 1 < starts.length; i++) stems.add(stem(i));
        stems.sort(null);
        int[] sortedStarts = new int[starts.length];
        StringBuilder all = new StringBuilder(letters.length);
        for (int i = 0; i < stems.size(); i++) {
            sortedStarts[i] = all.length();
            all.append(stems.get(i));
        }
        sortedStarts[stems.size()] = all.length();
        return new KazakhLexicon(all.toString().toCharArray(), sortedStarts);
    }

    private String stem(int i) {
        return new String(letters, starts[i], starts[i + 1] - starts[i]);
    }
}
