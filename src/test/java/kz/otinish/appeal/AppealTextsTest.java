package kz.otinish.appeal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.dialog.Texts;
import org.junit.jupiter.api.Test;

class AppealTextsTest {

    /** Every reason a check can give is explained to the user: a missing text would surface as an error. */
    @Test
    void everyRefusalReasonHasItsTextInBothLanguages() throws IOException {
        Texts texts = Texts.load(ContentRoot.at(Path.of("."))); // the loader already refuses kk and ru key sets that differ
        Pattern wrong = Pattern.compile("Check\\.wrong\\(\"([a-z_]+)\"");
        Set<String> reasons = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/kz/otinish/appeal"))) {
            for (Path p : sources.toList()) {
                Matcher m = wrong.matcher(Files.readString(p));
                while (m.find()) reasons.add(m.group(1));
            }
        }
        assertFalse(reasons.size() < 25, "found only " + reasons);
        for (String r : reasons) assertTrue(texts.has("appeal.error." + r), "no text appeal.error." + r);
    }
}
