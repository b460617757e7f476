package dev.prewarm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prewarm.application.preload.LocalNginx;
import dev.prewarm.application.preload.Origin;
import dev.prewarm.application.preload.TestCa;
import dev.prewarm.application.preload.TlsOrigin;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plan engine on the real WAR warms a real cache: Debian's nginx with proxy_cache in front
 * of a counting origin, both started here. The Node script creates a job and a plan with the
 * official SDK, waits for the plan to finish, and checks the execution log, the stored fetch
 * results (REST API) and /metrics; this side then checks the origin saw every URL exactly once.
 *
 * <p>The fault matrix runs a plan straight against a faulty origin and two HTTPS edge targets:
 * one whose certificate the test CA signed (this container trusts it through {@code
 * prewarm.tls.extra-ca-file}, see arquillian.xml and src/test/resources/tls) and one self-signed.
 */
@ExtendWith(ArquillianExtension.class)
class EngineIT {
    static final int URLS = 30;
    /** prewarm.engine.batch-deadline-seconds of the engine container (arquillian.xml). */
    static final int BATCH_DEADLINE_SECONDS = 10;

    @Deployment(testable = false)
    static WebArchive realWar() {
        return RealWar.archive();
    }

    @Test
    @RunAsClient
    void aPlanWarmsEveryUrlThroughTheCacheInBatchesAndTheOriginSeesEachOnce(@ArquillianResource URL base)
            throws Exception {
        try (Origin origin = new Origin();
                LocalNginx nginx = new LocalNginx(origin.port())) {
            AdminClient admin = new AdminClient(base.toURI());
            AdminClient.Tenant tenant =
                    admin.tenantWarmedThrough("engine", "www.example.com", "http://127.0.0.1:" + nginx.port());

            String output = runNode(base, tenant, nginx.port());

            for (int i = 0; i < URLS; i++) {
                assertEquals(1, origin.hits("/e" + i), "origin hits of /e" + i + "\n" + output);
            }
            assertEquals(1, origin.hits("/instant"), "origin hits of the instant task\n" + output);
            assertEquals(1, origin.hits("/delay/a"), "origin hits of the long batch's URL\n" + output);
            assertEquals(1, origin.hits("/delay/b"), "origin hits of the long batch's URL\n" + output);
        }
    }

    /** The paths of the fault job and how often the origin must have seen each: 3 when retried. */
    private static final Map<String, Integer> FAULT_HITS = Map.ofEntries(
            Map.entry("/ok/a", 1),
            Map.entry("/ok/b", 1),
            Map.entry("/fault/500", 3),
            Map.entry("/fault/503", 3),
            Map.entry("/fault/429", 3),
            Map.entry("/fault/404", 1),
            Map.entry("/fault/reset", 3),
            Map.entry("/fault/slow", 3),
            Map.entry("/fault/trickle", 1),
            Map.entry("/fault/huge", 1),
            Map.entry("/fault/redirect", 1));

    @Test
    @RunAsClient
    void everyOriginFaultAndTlsFailureGetsItsOutcomeAndThePlansFinish(@ArquillianResource URL base) throws Exception {
        Path trustedKeys = Path.of("src/test/resources/tls/www.example.com.p12");
        try (Origin origin = new Origin();
                TlsOrigin trusted = new TlsOrigin(trustedKeys, TestCa.PASSWORD);
                TlsOrigin untrusted = new TlsOrigin(TestCa.selfSignedKeyStore("www.example.com"), TestCa.PASSWORD)) {
            AdminClient admin = new AdminClient(base.toURI());
            // Straight to the origin (no cache in between, so nothing translates its faults); short
            // timeouts and a 64 KiB cap so that the slow and huge answers fail fast.
            AdminClient.Tenant faults =
                    admin.tenant("faults", "www.example.com", profile(edges("http://127.0.0.1:" + origin.port())));
            AdminClient.Tenant tls = admin.tenant(
                    "tls",
                    "www.example.com",
                    profile(edges("https://127.0.0.1:" + trusted.port(), "https://127.0.0.1:" + untrusted.port())));

            Map<String, String> environment = new HashMap<>(faults.environment("FAULTS"));
            environment.putAll(tls.environment("TLS"));
            environment.put("BATCH_DEADLINE_SECONDS", Integer.toString(BATCH_DEADLINE_SECONDS));
            environment.put("FAULT_PATHS", String.join(",", FAULT_HITS.keySet()));
            environment.put("TRUSTED_TARGET", "https://127.0.0.1:" + trusted.port());
            environment.put("UNTRUSTED_TARGET", "https://127.0.0.1:" + untrusted.port());
            String output = NodeSuite.run(base, environment, 120, "engine-faults.test.cjs");

            FAULT_HITS.forEach(
                    (path, hits) -> assertEquals(hits, origin.hits(path), "origin hits of " + path + "\n" + output));
            assertEquals(0, origin.hits("/ok/target"), "the redirect was not followed\n" + output);
            assertEquals(1, trusted.hits("/tls/a"), "the trusted node served the URL once\n" + output);
            assertEquals("www.example.com", trusted.serverName("/tls/a"), "SNI is the URL's host, not the node's");
            assertEquals("www.example.com", trusted.hostHeader("/tls/a"));
            assertEquals(0, untrusted.hits("/tls/a"), "no request got past the failed handshake\n" + output);
        }
    }

    private static JsonObject profile(JsonArrayBuilder edgeTargets) {
        return Json.createObjectBuilder()
                .add("edgeTargets", edgeTargets)
                .add("connectTimeoutMs", 1000)
                .add("readTimeoutMs", 1000)
                .add("maxBodyBytes", 64 * 1024)
                .add("concurrency", 16)
                .build();
    }

    private static JsonArrayBuilder edges(String... targets) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String target : targets) {
            array.add(target);
        }
        return array;
    }

    private static String runNode(URL base, AdminClient.Tenant tenant, int nginxPort) throws Exception {
        Map<String, String> environment = new HashMap<>(tenant.environment("ENGINE"));
        environment.put("ENGINE_URLS", Integer.toString(URLS));
        environment.put("NGINX_PORT", Integer.toString(nginxPort));
        return NodeSuite.run(base, environment, 120, "engine.test.cjs");
    }
}
