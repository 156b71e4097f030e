package kz.otinish.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The buttons of the bot's last message, kept with the conversation, so that a label typed instead of pressed
 * («Пропустить», «Растау», «Нет») acts as the button rather than being taken as an answer: a patronymic saved as
 * "Пропустить" put the word into the letter.
 */
final class ShownButtons {
    private static final String KEY = "shown_buttons";

    private ShownButtons() {}

    /** Remembers the buttons of the last reply that has any; replies without buttons leave the earlier ones pressable. */
    static void remember(Map<String, String> state, List<Reply> replies) {
        for (int i = replies.size() - 1; i >= 0; i--) {
            List<List<Button>> rows = replies.get(i).buttons();
            if (rows.isEmpty()) continue;
            StringBuilder kept = new StringBuilder();
            for (List<Button> row : rows) {
                for (Button b : row) {
                    String label = TypedMenu.normal(b.label());
                    if (!label.isEmpty()) kept.append(label).append('\t').append(b.data()).append('\n');
                }
            }
            state.put(KEY, kept.toString());
            return;
        }
    }

    /** The data of the shown button whose label (emoji, case and Kazakh letters aside) is the whole {@code text}. */
    static Optional<String> pressed(Map<String, String> state, String text) {
        String kept = state.get(KEY);
        if (kept == null) return Optional.empty();
        String typed = TypedMenu.normal(text);
        if (typed.isEmpty()) return Optional.empty();
        for (String line : kept.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && line.substring(0, tab).equals(typed)) return Optional.of(line.substring(tab + 1));
        }
        return Optional.empty();
    }
}
