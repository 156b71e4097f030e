package kz.otinish.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Kazakh stemmer measured against the lemmas of the UD Kazakh KTB treebank (CC BY-SA 4.0; read from the shared
 * data folder, never copied into the project). Over the distinct lowercased word forms made of letters whose UPOS
 * is NOUN, VERB, ADJ or PROPN, each with the lemma it first appears with: does "same stem" mean "same lemma"?
 *
 * <p>Run: {@code mvn -B -q test -Dtest=KazakhStemmerMeasurementTest} — prints the figures for the test set (the
 * one reported; rules were tuned on the train set only) and for the train set.
 */
class KazakhStemmerMeasurementTest {
    private static final Set<String> CONTENT_WORDS = Set.of("NOUN", "VERB", "ADJ", "PROPN");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final UnaryOperator<String> FIRST_FOUR_LETTERS = w -> w.substring(0, Math.min(4, w.length()));
    private static final UnaryOperator<String> KAZAKH_STEMMER = w -> {
        char[] chars = w.toCharArray();
        return new String(chars, 0, KazakhStemmer.stem(chars, chars.length));
    };
    /** The baseline's figures on the test set, as first measured by the team: this code must reproduce them. */
    private static final double BASELINE_F1 = 0.535;
    private static final double BASELINE_PRECISION = 0.540;
    private static final double MARGIN = 0.10;
    /** Issue 12's target, reached with the lexicon's checks (F1 0.784 at precision 0.903): a regression guard. */
    private static final double TARGET_F1 = 0.78;
    private static final double TARGET_PRECISION = 0.88;

    @Test
    void theStemmerAgreesWithTheLemmasFarBetterThanTheFirstFourLettersOnTheTestSet() throws IOException {
        List<StemmerAgreement.Form> forms = contentWordForms(treebank("kk_ktb-ud-test.conllu"));
        StemmerAgreement baseline = StemmerAgreement.of(forms, FIRST_FOUR_LETTERS);
        StemmerAgreement stemmer = StemmerAgreement.of(forms, KAZAKH_STEMMER);
        System.out.printf("UD Kazakh KTB test, %d distinct word forms%n  first 4 letters: %s%n  KazakhStemmer:   %s%n",
                forms.size(), baseline, stemmer);

        assertEquals(BASELINE_F1, baseline.f1(), 0.0005, "the baseline is measured as before");
        assertEquals(BASELINE_PRECISION, baseline.precision(), 0.0005, "the baseline is measured as before");
        assertTrue(stemmer.f1() > baseline.f1() + MARGIN, "F1 " + stemmer.f1() + " vs baseline " + baseline.f1());
        assertTrue(stemmer.precision() >= baseline.precision(), "precision " + stemmer.precision());
        assertTrue(stemmer.f1() >= TARGET_F1 && stemmer.precision() >= TARGET_PRECISION, "target: " + stemmer);
    }

    /** Not asserted: the set the rules were tuned on, printed beside the test set for comparison. */
    @Test
    void printsTheFiguresOnTheTrainSet() throws IOException {
        List<StemmerAgreement.Form> forms = contentWordForms(treebank("kk_ktb-ud-train.conllu"));
        System.out.printf("UD Kazakh KTB train, %d distinct word forms%n  first 4 letters: %s%n  KazakhStemmer:   %s%n",
                forms.size(), StemmerAgreement.of(forms, FIRST_FOUR_LETTERS), StemmerAgreement.of(forms, KAZAKH_STEMMER));
        assertTrue(forms.size() > 100, "the train set has " + forms.size() + " forms");
    }

    /** From the project root, ../shared/data (the main checkout) or ../../shared/data (a worktree in wt/). */
    private static Path treebank(String file) {
        for (String shared : List.of("../shared", "../../shared")) {
            Path path = Path.of(shared, "data", "ud-kazakh-ktb", file);
            if (Files.isRegularFile(path)) {
                return path;
            }
        }
        throw new IllegalStateException("UD Kazakh KTB not found: put " + file
                + " in ../shared/data/ud-kazakh-ktb/ beside the project (it is test data, never part of it)");
    }

    private static List<StemmerAgreement.Form> contentWordForms(Path conllu) throws IOException {
        Map<String, String> lemmaOfForm = new LinkedHashMap<>();
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            boolean word = columns.length >= 4 && !line.startsWith("#") && columns[0].matches("\\d+");
            if (word && CONTENT_WORDS.contains(columns[3])) {
                String form = columns[1].toLowerCase(Locale.ROOT);
                if (LETTERS.matcher(form).matches()) {
                    lemmaOfForm.putIfAbsent(form, columns[2].toLowerCase(Locale.ROOT));
                }
            }
        }
        List<StemmerAgreement.Form> forms = new ArrayList<>();
        lemmaOfForm.forEach((form, lemma) -> forms.add(new StemmerAgreement.Form(form, lemma)));
        return forms;
    }
}
