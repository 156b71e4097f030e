package kz.otinish.dialog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.otinish.Lang;
import kz.otinish.search.KazakhLetters;

/**
 * Menu items typed instead of pressed: people on phones write "меню", "назад", "мои обращения" or "өтініш жазу"
 * where a button would do. A message is one of them only when it is nothing else: a menu item's label (emoji and
 * Kazakh letters aside) or one of its {@code typed.*} words in bot/texts, in either language.
 */
final class TypedMenu {
    /** What "меню", "назад", "мәзір" lead to: the main menu. */
    static final String MENU = "menu";
    /** What "назад", "артқа" lead to: the current flow's previous question, or the main menu. */
    static final String BACK = "back";
    /** What "удалите мои данные", "деректерімді өшіріңіз" lead to: /forget, with its confirmation. */
    static final String FORGET = "forget";
    private final Map<String, String> items = new HashMap<>();

    TypedMenu(Texts texts, List<String> menuItems) {
        for (Lang lang : Lang.values()) {
            add(texts.get(lang, "typed.menu"), MENU);
            add(texts.get(lang, "typed.forget"), FORGET);
            add(texts.get(lang, "typed.back"), BACK);
            for (String item : menuItems) {
                add(texts.get(lang, "menu." + item), item);
                if (texts.has("typed." + item)) add(texts.get(lang, "typed." + item), item);
            }
        }
    }

    private void add(String commaList, String item) {
        for (String words : commaList.split(",")) {
            String key = normal(words);
            if (!key.isEmpty()) items.putIfAbsent(key, item);
        }
    }

    /** The menu item (or {@link #MENU}, {@link #BACK}, {@link #FORGET}) the whole message names. */
    Optional<String> item(String text) {
        return Optional.ofNullable(items.get(normal(text)));
    }

    /** Letters and digits only, lowercased, Kazakh letters folded, single spaces: "✍️ Өтініш жазу!" → "отиниш жазу". */
    static String normal(String text) {
        return NOT_LETTERS.matcher(KazakhLetters.fold(text)).replaceAll(" ").strip();
    }

    /** Compiled once: every message and every button shown is made {@link #normal}. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
}
