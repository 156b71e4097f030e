package kz.otinish.channel;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.DatabaseUnavailable;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A stand-in for the dialog with the same contract (one transaction: delivery recorded once, replies
 * written alongside), for tests of the transport alone: it says back what it heard, so every reply
 * shows which event caused it. Tests of what the bot says use the real dialog.
 */
public final class EchoCore implements Core {
    private final Jdbi jdbi;
    private final ConcurrentHashMap<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private volatile Runnable afterCommit = () -> {};

    public EchoCore(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.useHandle(h -> h.execute("create table if not exists echo_seen (delivery_id text primary key)"));
    }

    /** Events whose text is {@code text} wait until the returned latch is released. */
    public CountDownLatch hold(String text) {
        return holds.computeIfAbsent(text, t -> new CountDownLatch(1));
    }

    /** Runs after each commit, before the channel learns of it: where a test "crashes" the process. */
    public void afterCommit(Runnable r) {
        afterCommit = r;
    }

    public int handled() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from echo_seen").mapTo(Integer.class).one());
    }

    @Override
    public List<Reply> handle(Incoming in, String deliveryId, BiConsumer<Handle, List<Reply>> alongside) {
        String heard = in.isText() ? in.text() : in.isButton() ? "button " + in.button()
                : in.file() != null ? "file " + in.file().name() + " " + in.file().mimeType() + " " + in.file().sizeBytes()
                : "phone " + in.sharedPhone();
        CountDownLatch hold = in.isText() ? holds.get(in.text()) : null;
        if (hold != null) {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Reply> out;
        try {
            out = echo(heard, deliveryId, alongside);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) throw new DatabaseUnavailable(e, Reply.text("away"));
            throw e;
        }
        afterCommit.run();
        return out;
    }

    private List<Reply> echo(String heard, String deliveryId, BiConsumer<Handle, List<Reply>> alongside) {
        return jdbi.inTransaction(h -> {
            if (h.execute("insert into echo_seen values (?) on conflict do nothing", deliveryId) == 0) return List.<Reply>of();
            List<Reply> replies = heard.startsWith("long ")
                    ? List.of(Reply.withButtons(longText(heard), List.of(List.of(new Button("OK", "echo:ok")))))
                    : List.of(Reply.withButtons("heard: " + kz.otinish.Html.escape(heard),
                            List.of(List.of(new Button("Again", "echo:again")))));
            alongside.accept(h, replies);
            return replies;
        });
    }

    /** "long N": N paragraphs of 1000 characters. */
    private static String longText(String heard) {
        int n = Integer.parseInt(heard.substring(5).strip());
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i > 0 ? "\n\n" : "").append(Character.toString('a' + i).repeat(1000));
        return s.toString();
    }
}
