package kz.otinish.dialog;

import java.util.List;
import java.util.Optional;

/**
 * One thing a user can be in the middle of: asking questions, writing an appeal, finding an akimat.
 * The dialog keeps the current flow's name and its {@link Session#state()} in PostgreSQL, so a
 * conversation resumes where it stopped, whatever happened to the process in between.
 * Commands (/start, /menu, /help, /cancel, /language, /forget) never reach a flow.
 */
public interface Flow {
    /** Stored as the conversation's flow and used as the prefix of this flow's button data ("appeal:…"). */
    String name();

    /** The user enters the flow: from the main menu, a deep link ({@code argument} = its payload) or another flow. */
    List<Reply> start(Session session, String argument);

    /** Text, a button of this flow, a file or a contact, while this flow is current. */
    List<Reply> handle(Session session, Incoming in);

    /**
     * Text typed in the main chat (where questions go to the FAQ) that is plainly meant for this flow, such as a
     * bare place name for "find an akimat": the dialog then starts this flow with it instead of searching the FAQ.
     */
    default boolean claims(String text) {
        return false;
    }

    /**
     * "Назад", "артқа" typed while this flow is current: its previous question, if it has one; otherwise the dialog
     * shows the main menu.
     */
    default Optional<List<Reply>> back(Session session) {
        return Optional.empty();
    }

    /** The user leaves with /cancel: drop or keep what the flow holds; the key of the text that says which. */
    default String cancel(Session session) {
        return "dialog.cancelled";
    }
}
