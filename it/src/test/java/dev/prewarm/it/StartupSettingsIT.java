package dev.prewarm.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad operator setting stops the application when it starts, with a message that names the
 * setting and the reason, rather than failing the first fetch that needs it. One Payara Micro
 * process with the real WAR on a file H2 database of its own; Payara logs the failed deployment and
 * keeps running without the application.
 */
class StartupSettingsIT {
    @Test
    void aMissingExtraCaFileStopsTheStartAndTheLogSaysWhichSettingAndWhy(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-ca.pem");
        String expected = "The setting prewarm.tls.extra-ca-file (PREWARM_TLS_EXTRA_CA_FILE) names a bad CA file: "
                + missing + ": no such file";
        Files.createDirectories(dir.resolve("data"));
        Map<String, String> h2 = Map.of(
                "PREWARM_DB_URL", "jdbc:h2:file:" + dir.resolve("data/prewarm"),
                "PREWARM_DB_USER", "prewarm",
                "PREWARM_DB_PASSWORD", "prewarm",
                "PREWARM_DB_DATASOURCE_CLASS", "org.h2.Driver");
        try (PayaraInstance instance = new PayaraInstance(
                "bad-tls",
                dir,
                h2,
                List.of(
                        "-Dprewarm.admin.password=" + AdminClient.ADMIN_PASSWORD,
                        "-Dprewarm.engine.enabled=false",
                        "-Dprewarm.tls.extra-ca-file=" + missing))) {
            // Payara Micro stays up without the application: wait for the end of its boot.
            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> instance.logContains(" ready in ") || !instance.isAlive());
            assertTrue(
                    instance.logContains(expected), "the log names the setting and the reason:\n" + instance.logTail());
            assertTrue(instance.logContains("Exception while loading the app"), instance.logTail());
            if (instance.isAlive()) {
                assertEquals(404, statusOf(instance, "/api/v1/admin/accounts"), "the application is not deployed");
            }
        }
    }

    private static int statusOf(PayaraInstance instance, String path) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(instance.url() + path.substring(1)))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
