package kz.otinish.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * The rules a typed answer is checked by, named in {@code bot/appeal-form.yaml} ({@code check:}).
 * Length limits come from the step ({@code min}, {@code max}); every refusal names its reason.
 */
public final class Validators {
    public static final Set<String> NAMES = Set.of(
            "text", "addressee", "address", "organisation", "name", "full_name", "iin", "bin", "phone", "email", "date");

    /** The note on an addressee that does not read as a state body, an official or a public institution. */
    static final String NAMES_NO_BODY = "addressee_unusual";
    private final Clock clock;
    private final BodyWords bodyWords;

    Validators(Clock clock, BodyWords bodyWords) {
        this.clock = clock;
        this.bodyWords = bodyWords;
    }

    public Check check(Step step, String input) {
        LocalDate today = LocalDate.now(clock);
        return switch (step.check()) {
            case "text" -> withLetters(text(step, input), "text_letters");
            case "addressee" -> addressee(withLetters(text(step, input), "text_letters"));
            case "address" -> withLetters(text(step, input), "address_letters");
            case "organisation" -> withLetters(text(step, input), "organisation_letters");
            case "name" -> PersonName.check(input, 1);
            case "full_name" -> PersonName.check(input, 2);
            case "iin" -> Iin.check(input, today);
            case "bin" -> Bin.check(input);
            case "phone" -> Phone.check(input);
            case "email" -> Email.check(input);
            case "date" -> PastDate.check(input, today);
            default -> throw new IllegalStateException("unknown check " + step.check());
        };
    }

    private static Check text(Step step, String input) {
        String s = input.strip();
        if (s.isEmpty()) return Check.wrong("empty");
        int length = s.codePointCount(0, s.length());
        if (length < step.min()) return Check.wrong("too_short", "min", step.min(), "count", length);
        if (length > step.max()) return Check.wrong("too_long", "max", step.max(), "count", length);
        return Check.ok(s);
    }

    /**
     * Only the kind of body ("акимат") is asked again. One that does not read as a body or an official is kept: the note
     * says so, and where to change it.
     */
    private Check addressee(Check c) {
        if (!c.isOk()) return c;
        if (bodyWords.vague(c.value())) return Check.wrong("addressee_vague", "typed", c.value());
        return bodyWords.named(c.value()) ? c : Check.okNoting(c.value(), NAMES_NO_BODY, "typed", c.value());
    }

    private static Check withLetters(Check c, String error) {
        if (c.isOk() && c.value().codePoints().noneMatch(Character::isLetter)) return Check.wrong(error);
        return c;
    }
}
