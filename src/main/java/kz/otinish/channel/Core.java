package kz.otinish.channel;

import java.util.List;
import java.util.function.BiConsumer;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import org.jdbi.v3.core.Handle;

/**
 * The dialog as a channel needs it: handles one delivery at most once, and lets the channel write the
 * replies into its outbox inside the same transaction ({@code alongside} is not called for a delivery
 * already handled, nor when the event failed and was rolled back).
 */
@FunctionalInterface
public interface Core {
    List<Reply> handle(Incoming in, String deliveryId, BiConsumer<Handle, List<Reply>> alongside);
}
