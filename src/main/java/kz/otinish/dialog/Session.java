package kz.otinish.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.otinish.Lang;
import org.jdbi.v3.core.Handle;

/**
 * One incoming event's view of its conversation: who, in which language, the current flow's state,
 * and the database transaction the event is handled in. Flows change {@link #state()} in place;
 * the dialog saves it when the flow returns.
 */
public final class Session {
    private final ChatRef chat;
    private final Handle db;
    private final Texts texts;
    private final Dialog dialog;
    private Lang lang;
    private String flow;
    private Map<String, String> state;
    private boolean forgotten;
    private boolean langChanged;
    /** The FAQ entries this event showed, and how often: counted when the conversation is saved, in its statement. */
    private final Map<String, Integer> shown = new LinkedHashMap<>();

    Session(ChatRef chat, Handle db, Texts texts, Dialog dialog, Lang lang, String flow, Map<String, String> state) {
        this.chat = chat;
        this.db = db;
        this.texts = texts;
        this.dialog = dialog;
        this.lang = lang;
        this.flow = flow;
        this.state = state;
    }

    public ChatRef chat() {
        return chat;
    }

    /** The transaction this event is handled in: everything a flow writes commits or rolls back with it. */
    public Handle db() {
        return db;
    }

    public Lang lang() {
        return lang;
    }

    void setLang(Lang lang) {
        if (lang != this.lang) langChanged = true;
        this.lang = lang;
    }

    /** Whether the language was chosen or switched during this event, so the user's row needs writing. */
    boolean langChanged() {
        return langChanged;
    }

    public String flow() {
        return flow;
    }

    /** The current flow's own small state (strings), kept across messages and restarts. */
    public Map<String, String> state() {
        return state;
    }

    void reset(String flow, Map<String, String> state) {
        this.flow = flow;
        this.state = state;
    }

    /** An entry shown to the user, for the admins' topic counts. */
    void shown(String entryId) {
        shown.merge(entryId, 1, Integer::sum);
    }

    Map<String, Integer> shown() {
        return shown;
    }

    /** After /forget nothing of this chat may be written back. */
    void forget() {
        forgotten = true;
    }

    boolean forgotten() {
        return forgotten;
    }

    public Texts texts() {
        return texts;
    }

    /** The text {@code key} in the user's language; {@code args} are name/value pairs for its placeholders. */
    public String t(String key, Object... args) {
        return texts.get(lang, key, args);
    }

    /**
     * Whether {@code text} is, as a whole (emoji, case and Kazakh letters aside), one of the comma-separated phrases
     * of the text {@code key} in either language: people type in the other language too.
     */
    public boolean saysOneOf(String text, String key) {
        String said = TypedMenu.normal(text);
        if (said.isEmpty()) return false;
        for (Lang l : Lang.values()) {
            for (String phrase : texts.get(l, key).split(",")) {
                if (said.equals(TypedMenu.normal(phrase))) return true;
            }
        }
        return false;
    }

    /** The main menu, as a reply to show after a flow is done. */
    public Reply mainMenu() {
        return dialog.mainMenu(this);
    }

    /**
     * Back to the main chat without a word: a flow that has only shown something (a list, one appeal) and asks
     * nothing leaves, so that what is typed next is a question or a menu item again; its buttons still work.
     */
    public void leave() {
        dialog.leave(this);
    }

    /** Into another flow, as its menu item or a deep link would go: its first replies. */
    public List<Reply> enter(String flow, String argument) {
        return dialog.enter(this, flow, argument);
    }

    /** Back to the default flow (questions) with the main menu after {@code last}. */
    public List<Reply> finish(List<Reply> last) {
        return dialog.finish(this, last);
    }

    /**
     * When free text typed in the middle of a flow is clearly a question the FAQ answers confidently,
     * the answer; the flow then re-asks its current step.
     */
    public Optional<List<Reply>> answerIfQuestion(String text) {
        return dialog.answerIfQuestion(this, text);
    }

    /**
     * When {@code in} is plainly for the main chat (a question, a greeting, a topic the FAQ knows) rather than
     * for the current flow, its answer there; the conversation is then back in the main chat.
     */
    public Optional<List<Reply>> inMainChat(Incoming in) {
        return dialog.inMainChat(this, in);
    }
}
