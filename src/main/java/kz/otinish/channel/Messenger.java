package kz.otinish.channel;

import java.time.Duration;
import java.util.List;
import kz.otinish.dialog.Reply;

/** The sending half of a messenger: what a channel must provide so that a {@link Courier} can deliver. */
public interface Messenger {

    /** Sends one part, already small enough for the messenger (see {@link #parts}). */
    void send(String chatId, Reply part) throws Refused;

    /** The reply cut into the parts the messenger accepts, in order. */
    List<Reply> parts(Reply reply);

    /** The messenger did not take a message: later (after {@code retryAfter} if it said so) or never. */
    final class Refused extends Exception {
        private final Duration retryAfter;
        private final boolean permanent;

        private Refused(String reason, Duration retryAfter, boolean permanent, Throwable cause) {
            super(reason, cause);
            this.retryAfter = retryAfter;
            this.permanent = permanent;
        }

        /** Flood control: try again after {@code wait}. */
        public static Refused tooFast(Duration wait) {
            return new Refused("too many requests, retry after " + wait.toSeconds() + " s", wait, false, null);
        }

        /** A network or server trouble that may pass. */
        public static Refused transientFailure(String reason, Throwable cause) {
            return new Refused(reason, null, false, cause);
        }

        /** The chat is gone, the bot is blocked, or the message is malformed: retrying cannot help. */
        public static Refused permanent(String reason) {
            return new Refused(reason, null, true, null);
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
