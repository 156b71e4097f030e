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

    /**
     * The same event with what PostgreSQL cannot store taken out: a NUL character in a text made the whole
     * transaction fail (the message lost with an apology) and put the statement's text in the server's log.
     */
    public Incoming storable() {
        if (!hasNul(text) && !hasNul(button) && !hasNul(sharedPhone) && (file == null || !hasNul(file.name()) && !hasNul(file.mimeType()))) {
            return this;
        }
        FileInfo f = file == null ? null : new FileInfo(strip(file.name()), strip(file.mimeType()), file.sizeBytes());
        return new Incoming(chat, strip(text), strip(button), f, strip(sharedPhone));
    }

    private static boolean hasNul(String s) {
        return s != null && s.indexOf('\u0000') >= 0;
    }

    private static String strip(String s) {
        return s == null ? null : s.replace("\u0000", "");
    }

    /** What kind of thing the user did, for records that must not hold what they said: text, button, file or contact. */
    public String kind() {
        return text != null ? "text" : button != null ? "button" : file != null ? "file" : "contact";
    }

    public boolean isText() {
        return text != null;
    }

    public boolean isButton() {
        return button != null;
    }
}
