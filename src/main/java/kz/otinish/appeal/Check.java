package kz.otinish.appeal;

import java.util.Arrays;
import java.util.List;

/**
 * The verdict on one answer: either the value to keep (cleaned, e.g. a phone as "+7 701 234 56 78")
 * or why it was refused, as a text key under {@code appeal.error.} with its placeholder arguments.
 */
public record Check(String value, String error, List<Object> args) {

    public static Check ok(String value) {
        return new Check(value, null, List.of());
    }

    /** {@code args} are name/value pairs for the placeholders of the text {@code appeal.error.<error>}. */
    public static Check wrong(String error, Object... args) {
        return new Check(null, error, Arrays.asList(args));
    }

    public boolean isOk() {
        return error == null;
    }
}
