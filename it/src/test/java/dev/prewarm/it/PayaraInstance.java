package dev.prewarm.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One Payara Micro process with the real WAR, started the way scripts/run.sh starts it (the
 * database chosen by the PREWARM_DB_* variables), on a free loopback port with its runtime
 * directory and data directory under {@code dir}. {@link #close} kills it as a crash would;
 * {@link #restarted} starts it again on the same data. The caller deletes {@code dir} after closing.
 */
final class PayaraInstance implements AutoCloseable {
    private static final Path WAR = Path.of(System.getProperty("prewarm.war", "../web/target/prewarm.war"));
    private static final Path PAYARA = WAR.resolveSibling("runtime/payara-micro.jar");
    private static final Path PREBOOT = Path.of("../web/src/main/payara/preboot.asadmin");

    private final String name;
    private final Path dir;
    private final Map<String, String> environment;
    private final List<String> properties;
    private final int start;
    private final int port;
    private final Process process;

    PayaraInstance(String name, Path dir, Map<String, String> environment, List<String> properties) throws IOException {
        this(name, dir, environment, properties, 1);
    }

    private PayaraInstance(String name, Path dir, Map<String, String> environment, List<String> properties, int start)
            throws IOException {
        for (Path needed : List.of(WAR, PAYARA)) {
            if (!Files.isRegularFile(needed)) {
                throw new IllegalStateException(needed + " is missing: build the web module first"
                        + " (./mvnw install -DskipTests -pl web -am)");
            }
        }
        this.name = name;
        this.dir = dir;
        this.environment = Map.copyOf(environment);
        this.properties = List.copyOf(properties);
        this.start = start;
        this.port = freePort();
        Path preboot = dir.resolve("preboot.asadmin");
        Files.writeString(
                preboot,
                "set configs.config.server-config.network-config.network-listeners.network-listener"
                        + ".http-listener.address=127.0.0.1\n"
                        + Files.readString(PREBOOT));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=UTC",
                // Boot on one thread, as scripts/run.sh does: boots on several can deadlock.
                "-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS",
                "-Xmx512m",
                "-Dprewarm.instance.name=" + name,
                "-Dprewarm.data.dir=" + dir.resolve("data")));
        command.addAll(properties);
        command.addAll(List.of(
                "-jar",
                PAYARA.toString(),
                "--deploy",
                WAR.toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port),
                "--nohazelcast",
                "--disablephonehome",
                "--prebootcommandfile",
                preboot.toString(),
                "--rootdir",
                // A fresh runtime directory each start, as scripts/run.sh does: a kept one
                // remembers the last deployment, and Payara would deploy the WAR twice.
                dir.resolve(start == 1 ? "runtime" : "runtime-" + start).toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().putAll(environment);
        this.process = builder.start();
    }

    /**
     * The same instance started again after {@link #close}: same name, data directory, database
     * and settings, on a new port, as an operator's restart after a crash would start it.
     */
    PayaraInstance restarted() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException("instance " + name + " is still running; close it first");
        }
        return new PayaraInstance(name, dir, environment, properties, start + 1);
    }

    String name() {
        return name;
    }

    URL url() throws IOException {
        return URI.create("http://127.0.0.1:" + port + "/").toURL();
    }

    /** What /health/ready answers now, without waiting. */
    int readinessStatus() throws IOException, InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        return HttpClient.newHttpClient()
                .send(ready, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Waits until /health/ready answers 200 (schema migrated, engine started), or fails with the log. */
    void awaitReady(Duration atMost) throws IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("exited with " + process.exitValue());
                }
                try {
                    return http.send(ready, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (ConditionTimeoutException | IllegalStateException e) {
            throw new AssertionError("instance " + name + " was not ready in " + atMost + ": " + e.getMessage()
                    + "\n--- its first error ---\n" + firstError()
                    + "\n--- its log (last 8000 characters) ---\n" + logTail()
                    + "\n--- its boot threads ---\n" + bootThreads());
        }
    }

    /**
     * The stacks of Payara's boot threads while it hangs: a boot that never gets ready has so far
     * always been an HK2 deadlock among them (see scripts/run.sh), and this shows whether it is again.
     */
    private String bootThreads() {
        if (!process.isAlive()) {
            return "(exited)";
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String threads = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            dump.waitFor(20, TimeUnit.SECONDS);
            return Arrays.stream(threads.split("\n\n"))
                    .filter(thread -> thread.startsWith("\"RunLevelControllerThread") || thread.startsWith("\"main\""))
                    .map(thread -> thread.lines().limit(30).collect(Collectors.joining("\n")))
                    .collect(Collectors.joining("\n\n"));
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    /** Whether the process's log so far has the text, e.g. a start-up failure's message. */
    boolean logContains(String text) throws IOException {
        return Files.exists(log()) && Files.readString(log()).contains(text);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The first SEVERE record of the log (the cause of a failed start comes first, not last). */
    String firstError() throws IOException {
        String log = Files.exists(log()) ? Files.readString(log()) : "";
        int at = log.indexOf("SEVERE");
        return at < 0 ? "(none)" : log.substring(at, Math.min(log.length(), at + 4000));
    }

    String logTail() throws IOException {
        String log = Files.exists(log()) ? Files.readString(log()) : "";
        return log.substring(Math.max(0, log.length() - 8000));
    }

    private Path log() {
        return dir.resolve(start == 1 ? "payara.log" : "payara-" + start + ".log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Prints the end of each instance's log: what a failed multi-instance test needs to be read. */
    static void printLogTails(List<PayaraInstance> instances) throws IOException {
        for (PayaraInstance instance : instances) {
            System.out.println("--- " + instance.name() + " ---\n" + instance.logTail());
        }
    }

    /** Kills every instance, then deletes the directory they ran in. */
    static void closeAllAndDelete(List<PayaraInstance> instances, Path dir) throws IOException, InterruptedException {
        for (PayaraInstance instance : instances) {
            instance.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    /** SIGKILL on Linux, like a crash: no shutdown hook, no lease released, no batch completed. */
    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }
}
