package dev.prewarm.application.preload;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's nginx as a caching reverse proxy on a free loopback port, in front of {@code originPort},
 * with everything (config, cache, logs, pid) in a temporary directory deleted at close. The cache
 * key includes Accept-Encoding so each variant is its own entry, as a real edge keys on Vary.
 */
public final class LocalNginx implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/sbin/nginx");
    private final Path dir;
    private final Process process;
    private final int port;

    public LocalNginx(int originPort) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("nginx is missing: install nginx (apt-get install nginx)");
        }
        dir = Files.createTempDirectory("prewarm-nginx");
        port = freePort();
        Files.writeString(dir.resolve("nginx.conf"), config(originPort));
        process = new ProcessBuilder(
                        BINARY.toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString(),
                        "-e",
                        dir.resolve("error.log").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(50))
                    .until(this::accepting);
        } catch (RuntimeException e) {
            String log = Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : "";
            close();
            throw new IllegalStateException("nginx did not start: " + log, e);
        }
    }

    public int port() {
        return port;
    }

    Path accessLog() {
        return dir.resolve("access.log");
    }

    private boolean accepting() {
        if (!process.isAlive()) {
            throw new IllegalStateException("nginx exited with " + process.exitValue());
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String config(int originPort) {
        return """
                user root;
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                  log_format cache '$remote_addr "$request" $status $upstream_cache_status "$http_accept_encoding"';
                  access_log %1$s/access.log cache;
                  client_body_temp_path %1$s/client_body;
                  proxy_temp_path %1$s/proxy_temp;
                  fastcgi_temp_path %1$s/fastcgi_temp;
                  uwsgi_temp_path %1$s/uwsgi_temp;
                  scgi_temp_path %1$s/scgi_temp;
                  proxy_cache_path %1$s/cache levels=1:2 keys_zone=warm:10m max_size=256m inactive=10m;
                  server {
                    listen 127.0.0.1:%2$d;
                    location / {
                      proxy_pass http://127.0.0.1:%3$d;
                      proxy_http_version 1.1;
                      proxy_set_header Host $host;
                      proxy_cache warm;
                      proxy_cache_key $scheme$host$request_uri$http_accept_encoding;
                      proxy_cache_valid 200 10m;
                      add_header X-Cache-Status $upstream_cache_status always;
                    }
                  }
                }
                """.formatted(dir, port, originPort);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        process.destroy(); // SIGTERM: nginx's fast shutdown, workers included
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
