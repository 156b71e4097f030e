package kz.otinish.dialog;

/** Who is talking: a chat on one channel ("telegram", "aitu", "console", "http"). */
public record ChatRef(String channel, String chatId) {
    @Override
    public String toString() {
        return channel + ":" + chatId;
    }
}
