package kz.otinish.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppealFormTest {
    static AppealForm form() throws IOException {
        return AppealForm.load(Path.of("bot"));
    }

    private static List<String> keys(List<Step> steps) {
        return steps.stream().map(Step::key).toList();
    }

    @Test
    void aComplaintAlsoAsksWhatIsChallengedAndWhen() throws IOException {
        AppealForm form = form();
        var statement = keys(form.applicable(Map.of("type", "statement", "applicant", "self")));
        var complaint = keys(form.applicable(Map.of("type", "complaint", "applicant", "self")));
        assertFalse(statement.contains("challenged"));
        assertEquals(List.of("type", "challenged", "challenged_date", "addressee"), complaint.subList(0, 4));
    }

    @Test
    void anOrganisationIsAskedItsBinAndRepresentativeInsteadOfAPersonsIin() throws IOException {
        var legal = keys(form().applicable(Map.of("type", "proposal", "applicant", "legal")));
        assertTrue(legal.containsAll(List.of("organisation", "bin", "address", "representative")));
        assertFalse(legal.contains("iin"));
        assertFalse(legal.contains("surname"));
    }

    @Test
    void theQuestionsComeInOrderAndEndWithTheReview() throws IOException {
        AppealForm form = form();
        Map<String, String> answers = new HashMap<>();
        assertEquals("type", form.firstUnanswered(answers).key());
        answers.put("type", "statement");
        assertEquals("addressee", form.firstUnanswered(answers).key());
        for (Step s : form.applicable(Map.of("type", "statement", "applicant", "self"))) answers.put(s.key(), "x");
        assertEquals(Step.Kind.REVIEW, form.firstUnanswered(answers).kind());
        // The review is the last question counted, and the count is of the questions on this path.
        assertEquals(form.count(answers), form.number(form.firstUnanswered(answers), answers));
        assertEquals(form.applicable(answers).size() + 1, form.count(answers));
        assertEquals(1, form.number(form.steps().getFirst(), answers));
    }

    @Test
    void anEmailIsOptionalUnlessTheAnswerIsWantedByEmail() throws IOException {
        Step email = form().step("email").orElseThrow();
        assertTrue(email.isOptional(Map.of("answer_by", "portal")));
        assertFalse(email.isOptional(Map.of("answer_by", "email")));
    }

    @Test
    void aStepWithAnUnknownCheckStopsTheLoading() {
        var e = assertThrows(IOException.class, () -> AppealForm.fromYaml("""
                stages: [a, review]
                steps:
                  - {key: x, stage: a, check: passport, label: {kk: X, ru: X}, prompt: {kk: "X", ru: "X"}}
                  - {key: review, stage: review, kind: review, prompt: {kk: R, ru: R}}
                """));
        assertTrue(e.getMessage().contains("passport"), e.getMessage());
    }

    @Test
    void aStepWithoutItsRussianPromptStopsTheLoading() {
        var e = assertThrows(IOException.class, () -> AppealForm.fromYaml("""
                stages: [a, review]
                steps:
                  - {key: x, stage: a, check: text, label: {kk: X, ru: X}, prompt: {kk: "X"}}
                  - {key: review, stage: review, kind: review, prompt: {kk: R, ru: R}}
                """));
        assertTrue(e.getMessage().contains("prompt"), e.getMessage());
    }

    @Test
    void aConditionOnALaterStepStopsTheLoading() {
        var e = assertThrows(IOException.class, () -> AppealForm.fromYaml("""
                stages: [a, review]
                steps:
                  - {key: x, stage: a, check: text, when: {y: [v]}, label: {kk: X, ru: X}, prompt: {kk: "X", ru: "X"}}
                  - {key: y, stage: a, check: text, label: {kk: Y, ru: Y}, prompt: {kk: "Y", ru: "Y"}}
                  - {key: review, stage: review, kind: review, prompt: {kk: R, ru: R}}
                """));
        assertTrue(e.getMessage().contains("'when'"), e.getMessage());
    }
}
