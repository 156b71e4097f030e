package kz.otinish.appeal;

import java.util.regex.Pattern;

/**
 * An e-mail address good enough to send an answer to: one @, no spaces, a domain with a dot and a
 * top-level part of letters (Cyrillic ones too: .қаз). Not RFC 5322 in full: quoted local parts and
 * IP-literal domains are refused, as mail services do.
 */
public final class Email {
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\p{L}0-9._%+'-]{1,64}@(?:[\\p{L}0-9](?:[\\p{L}0-9-]{0,61}[\\p{L}0-9])?\\.)+\\p{L}{2,24}");

    private Email() {}

    public static Check check(String input) {
        String s = input.strip();
        if (s.length() > 254 || !ADDRESS.matcher(s).matches() || s.contains("..") || s.startsWith(".")
                || s.contains(".@")) {
            return Check.wrong("email_format");
        }
        return Check.ok(s);
    }
}
