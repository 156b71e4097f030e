package kz.otinish;

/** Escaping for Telegram's HTML subset: every user-supplied string passes through here. */
public final class Html {
    private Html() {}

    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text for channels without formatting: tags dropped, links kept as "text (url)". */
    public static String toPlain(String html) {
        String s = html.replaceAll("<a href=\"([^\"]*)\">([^<]*)</a>", "$2 ($1)")
                .replaceAll("<br\\s*/?>", "\n")
                .replaceAll("</?(b|i|u|s|code|pre|strong|em)>", "");
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
