package kz.otinish.appeal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.otinish.search.EditDistance;

/**
 * An e-mail address good enough to send an answer to: one @, no spaces, a domain with a dot and a
 * top-level part of letters (Cyrillic ones too: .қаз). Not RFC 5322 in full: quoted local parts and
 * IP-literal domains are refused, as mail services do.
 */
public final class Email {
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\p{L}0-9._%+'-]{1,64}@(?:[\\p{L}0-9](?:[\\p{L}0-9-]{0,61}[\\p{L}0-9])?\\.)+\\p{L}{2,24}");

    /**
     * The mail services people in Kazakhstan use most; an address one or two typos away from one of them
     * ("gmial.com", "mail.rru", "yandex.kzz") is most likely meant for it.
     */
    private static final List<String> COMMON_DOMAINS = List.of("gmail.com", "mail.ru", "mail.kz", "yandex.ru",
            "yandex.kz", "ya.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru", "icloud.com", "outlook.com",
            "hotmail.com", "yahoo.com", "rambler.ru");

    private Email() {}

    /** The address with its domain put right, when the domain is a likely misspelling of a common one. */
    public static Optional<String> likelyMeant(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) return Optional.empty();
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (COMMON_DOMAINS.contains(domain)) return Optional.empty();
        for (String common : COMMON_DOMAINS) {
            // Two typos only in a long name: "bk.ru" and "ya.ru" are a typo apart from many real domains.
            int allowed = common.length() >= 8 ? 2 : 1;
            if (EditDistance.within(domain, common, allowed) <= allowed) return Optional.of(address.substring(0, at + 1) + common);
        }
        return Optional.empty();
    }

    public static Check check(String input) {
        String s = input.strip();
        if (s.length() > 254 || !ADDRESS.matcher(s).matches() || s.contains("..") || s.startsWith(".")
                || s.contains(".@")) {
            return Check.wrong("email_format");
        }
        return Check.ok(s);
    }
}
