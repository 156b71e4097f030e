package kz.otinish.dialog;

import java.util.List;

/**
 * One message from the bot. {@code text} uses Telegram's HTML subset (b, i, a) with user-supplied
 * strings escaped; channels that show plain text strip the tags. Buttons are rows of choices.
 */
public record Reply(String text, List<List<Button>> buttons, Document document) {

    public Reply {
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), null);
    }

    public static Reply withButtons(String text, List<List<Button>> buttons) {
        return new Reply(text, buttons, null);
    }

    public static Reply document(String caption, Document document) {
        return new Reply(caption, List.of(), document);
    }
}
