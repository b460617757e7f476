package dev.prewarm.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from Debian's {@code postgresql} package, in a directory of its
 * own on a free loopback port, started once per test JVM and removed at exit. As root, the server
 * runs as the {@code postgres} system user, because PostgreSQL refuses to run as root. Tests that
 * need a server of their own (several application instances on one database) use {@link #startOwn()}
 * and close it.
 */
public final class LocalPostgres implements AutoCloseable {
    private static final Path BIN = findBin();
    private static LocalPostgres instance;

    private final Path dataDir;
    private final int port;

    private LocalPostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    public static synchronized LocalPostgres shared() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    /** A server of the caller's own: {@link #close()} stops it and deletes its directory. */
    public static LocalPostgres startOwn() {
        return start();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    /** Creates a fresh database so that tests do not see each other's rows. */
    public String createDatabase(String name) {
        run(List.of(
                BIN.resolve("createdb").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-U",
                "postgres",
                name));
        return jdbcUrl(name);
    }

    /**
     * Stops the server at once (every client connection is cut, as when a database host restarts)
     * and starts it again on the same port and data.
     */
    public void restart() {
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"));
        serve(dataDir, port);
    }

    private static void serve(Path data, int port) {
        Path dir = data.getParent();
        run(List.of(
                BIN.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-w",
                "-t",
                "60",
                "-l",
                dir.resolve("server.log").toString(),
                "-o",
                "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off -c timezone=UTC",
                "start"));
    }

    private static LocalPostgres start() {
        try {
            Path dir = Files.createTempDirectory("prewarm-pg-");
            dir.toFile().setWritable(true, false);
            dir.toFile().setExecutable(true, false);
            Path data = dir.resolve("data");
            int port = freePort();
            run(List.of(
                    BIN.resolve("initdb").toString(),
                    "-D",
                    data.toString(),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-sync"));
            serve(data, port);
            return new LocalPostgres(data, port);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a local PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Stops the server and deletes its directory; best effort, as it also runs at JVM exit. */
    @Override
    public void close() {
        try {
            run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"));
        } catch (RuntimeException e) {
            // the directory is in the temp folder; deleting it below is all that is left to try
        }
        try (Stream<Path> files = Files.walk(dataDir.getParent())) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left in the temp folder
        }
    }

    private static void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Command failed: " + String.join(" ", full) + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + full.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path findBin() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Path::compareTo)
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "PostgreSQL server binaries not found under /usr/lib/postgresql: install Debian's postgresql"
                            + " package (apt-get install postgresql), or run scripts/test.sh, which installs it.");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
