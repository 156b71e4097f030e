package kz.otinish.dialog;

/**
 * One thing the user did, whatever the messenger: typed text, pressed a button,
 * sent a file or shared a contact. Exactly one of the payload fields is set.
 */
public record Incoming(ChatRef chat, String text, String button, FileInfo file, String sharedPhone) {

    public static Incoming text(ChatRef chat, String text) {
        return new Incoming(chat, text, null, null, null);
    }

    public static Incoming button(ChatRef chat, String data) {
        return new Incoming(chat, null, data, null, null);
    }

    public static Incoming file(ChatRef chat, FileInfo file) {
        return new Incoming(chat, null, null, file, null);
    }

    public static Incoming contact(ChatRef chat, String phone) {
        return new Incoming(chat, null, null, null, phone);
    }

    public boolean isText() {
        return text != null;
    }

    public boolean isButton() {
        return button != null;
    }
}
