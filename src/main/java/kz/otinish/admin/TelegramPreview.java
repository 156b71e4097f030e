package kz.otinish.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.otinish.Html;

/**
 * An answer as Telegram shows it: the text escaped, then only the tags the knowledge base allows (b, i, u, s, code,
 * pre, and a with an http(s) address) made live again, so that nothing an answer holds can run in the console.
 */
final class TelegramPreview {
    private static final Pattern SIMPLE = Pattern.compile("&lt;(/?)(b|i|u|s|code|pre)&gt;");
    private static final Pattern LINK = Pattern.compile("&lt;a href=&quot;(https?://[^&\\s]+)&quot;&gt;(.*?)&lt;/a&gt;");

    private TelegramPreview() {}

    static String html(String answer) {
        String escaped = Html.escape(answer);
        escaped = SIMPLE.matcher(escaped).replaceAll("<$1$2>");
        Matcher m = LINK.matcher(escaped);
        return m.replaceAll(r -> Matcher.quoteReplacement("<a href=\"" + r.group(1) + "\" rel=\"noopener noreferrer\">" + r.group(2) + "</a>"));
    }
}
