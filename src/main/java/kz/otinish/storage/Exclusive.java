package kz.otinish.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.ByteBuffer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What only one process may do at a time, and the refusal that says so: run the bot on a data folder (a file lock,
 * released by the operating system when the process dies), and long-poll a messenger for one bot token (a PostgreSQL
 * advisory lock, so it holds across machines sharing a server). Two bots on one folder or one token sent every
 * message twice.
 */
public final class Exclusive implements AutoCloseable {
    /** A start refused because another process already does this; the message says what to do. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private final AutoCloseable held;

    private Exclusive(AutoCloseable held) {
        this.held = held;
    }

    /** The bot's own hold on {@code dataDir}; refused while another live process holds it. */
    public static Exclusive dataFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel file = FileChannel.open(dataDir.resolve("bot.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = file.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // held by this very process (a second bot started in it)
            }
            if (lock == null) {
                file.close();
                throw new Refused("another Otinish bot is already running on the data folder " + dataDir.toAbsolutePath()
                        + ": stop it first, or give this one its own folder (OTINISH_DATA_DIR). Reports (unanswered, usage) may share it.");
            }
            FileLock held = lock;
            return new Exclusive(() -> {
                held.release();
                file.close();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code what} (e.g. "telegram polling" and the bot's token) done by one process on this database; the lock's key
     * is a hash, so no token is stored or logged. Refused, with {@code refusal} as the message, when held elsewhere.
     */
    public static Exclusive onDatabase(Jdbi jdbi, String what, String refusal) {
        Handle h = jdbi.open();
        boolean got = h.createQuery("select pg_try_advisory_lock(:key)").bind("key", key(what)).mapTo(Boolean.class).one();
        if (!got) {
            h.close();
            throw new Refused(refusal);
        }
        return new Exclusive(h::close); // closing the session releases the lock
    }

    private static long key(String what) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            held.close();
        } catch (Exception e) {
            // released by the operating system or the server when the process ends
        }
    }
}
