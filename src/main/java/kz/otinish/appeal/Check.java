package kz.otinish.appeal;

import java.util.Arrays;
import java.util.List;

/**
 * The verdict on one answer: either the value to keep (cleaned, e.g. a phone as "+7 701 234 56 78")
 * or why it was refused, as a text key under {@code appeal.error.} with its placeholder arguments.
 */
public record Check(String value, String error, String note, List<Object> args) {

    public static Check ok(String value) {
        return new Check(value, null, null, List.of());
    }

    /**
     * Accepted, with something the person should know about how it was read (a day assumed for "март 2025"):
     * the text {@code appeal.note.<note>}, {@code args} filling its placeholders.
     */
    public static Check okNoting(String value, String note, Object... args) {
        return new Check(value, null, note, Arrays.asList(args));
    }

    /** {@code args} are name/value pairs for the placeholders of the text {@code appeal.error.<error>}. */
    public static Check wrong(String error, Object... args) {
        return new Check(null, error, null, Arrays.asList(args));
    }

    public boolean isOk() {
        return error == null;
    }
}
