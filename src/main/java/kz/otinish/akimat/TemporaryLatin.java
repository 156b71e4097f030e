package kz.otinish.akimat;

import java.util.Locale;

/** Stand-in until kz.otinish.search.LatinScript lands on main; to be deleted then. */
final class TemporaryLatin {
    private TemporaryLatin() {}

    static String toCyrillicKazakh(String text) {
        return convert(text, true);
    }

    static String toCyrillicRussian(String text) {
        return convert(text, false);
    }

    private static String convert(String text, boolean kazakh) {
        String s = text.toLowerCase(Locale.ROOT);
        String[][] pairs = {{"shch", "щ"}, {"sh", "ш"}, {"ch", "ч"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"},
                {"ya", "я"}, {"yu", "ю"}, {"ä", "ә"}, {"ğ", "ғ"}, {"ñ", "ң"}, {"ö", "ө"}, {"ū", "ұ"}, {"ü", "ү"},
                {"ş", "ш"}, {"ç", "ч"}, {"ı", "ы"}, {"q", kazakh ? "қ" : "к"}, {"j", "ж"}, {"w", "у"}, {"x", "х"}};
        for (String[] p : pairs) s = s.replace(p[0], p[1]);
        StringBuilder out = new StringBuilder();
        String from = "abdefghiklmnoprstuvz c";
        String to = "абдефгхиклмнопрстувз с";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'y') {
                boolean afterVowel = i > 0 && "aeiouаеиоуыәөұүі".indexOf(s.charAt(i - 1)) >= 0;
                out.append(afterVowel ? 'й' : 'ы');
            } else {
                int at = from.indexOf(c);
                out.append(at >= 0 ? to.charAt(at) : c);
            }
        }
        return out.toString();
    }
}
