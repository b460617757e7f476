package dev.prewarm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The official ESA SDK (npm {@code @alicloud/esa20240910}) against the real WAR, in V3 and V2
 * signing modes: the Node suites in src/test/node (contract, fuzzing, concurrency, signature
 * tampering) run as
 * clients of this deployment, with tenants provisioned through the admin API.
 */
@ExtendWith(ArquillianExtension.class)
class EsaSdkIT {
    private static final Path NODE_SUITE = Path.of("src/test/node");
    private static final long SUITE_TIMEOUT_SECONDS = 300;

    @Deployment(testable = false)
    static WebArchive realWar() {
        File war = new File(System.getProperty("prewarm.war", "../web/target/prewarm.war"));
        return ShrinkWrap.create(ZipImporter.class, "prewarm.war")
                .importFrom(war)
                .as(WebArchive.class);
    }

    @Test
    @RunAsClient
    void theOfficialSdkSuitePassesInBothSigningModes(@ArquillianResource URL base) throws Exception {
        requireNodeSuiteInstalled();
        AdminClient admin = new AdminClient(base.toURI());
        AdminClient.Tenant owner = admin.tenant("sdk-owner", "www.example.com");
        AdminClient.Tenant other = admin.tenant("sdk-other", "other.example.com");
        AdminClient.Tenant limited = admin.tenant("sdk-limited", "limited.example.com");
        admin.apiRate(limited.accountId(), 1, 3);
        AdminClient.Tenant fuzz = admin.tenant("sdk-fuzz", "fuzz.example.com");
        admin.apiRate(fuzz.accountId(), 10_000, 10_000); // fuzzing and racing calls, not rate limiting
        JsonObject disabled = admin.disabledKey(owner.accountId());

        Path log = Files.createTempFile("esa-sdk-suite", ".log");
        ProcessBuilder node = new ProcessBuilder(
                        "node",
                        "--test",
                        "--test-reporter=spec",
                        "esa-sdk.test.cjs",
                        "esa-fuzz.test.cjs",
                        "esa-concurrency.test.cjs",
                        "esa-tamper.test.cjs")
                .directory(NODE_SUITE.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("ESA_ENDPOINT", base.getHost() + ":" + base.getPort());
        node.environment().put("OWNER_AK", owner.accessKeyId());
        node.environment().put("OWNER_SK", owner.accessKeySecret());
        node.environment().put("OWNER_SITE_ID", Long.toString(owner.siteId()));
        node.environment().put("OWNER_DOMAIN", owner.domain());
        node.environment().put("OTHER_AK", other.accessKeyId());
        node.environment().put("OTHER_SK", other.accessKeySecret());
        node.environment().put("LIMITED_AK", limited.accessKeyId());
        node.environment().put("LIMITED_SK", limited.accessKeySecret());
        node.environment().put("LIMITED_SITE_ID", Long.toString(limited.siteId()));
        node.environment().put("LIMITED_DOMAIN", limited.domain());
        node.environment().put("FUZZ_AK", fuzz.accessKeyId());
        node.environment().put("FUZZ_SK", fuzz.accessKeySecret());
        node.environment().put("FUZZ_SITE_ID", Long.toString(fuzz.siteId()));
        node.environment().put("FUZZ_DOMAIN", fuzz.domain());
        node.environment().put("DISABLED_AK", disabled.getString("accessKeyId"));
        node.environment().put("DISABLED_SK", disabled.getString("accessKeySecret"));
        Process process = node.start();
        boolean finished = process.waitFor(SUITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the Node suite did not finish in " + SUITE_TIMEOUT_SECONDS + " s:\n" + output);
        assertEquals(0, process.exitValue(), "the ESA SDK suite failed:\n" + output);
        assertKeyUseWasRecorded(admin, owner);
    }

    private static void assertKeyUseWasRecorded(AdminClient admin, AdminClient.Tenant owner) throws Exception {
        JsonArray keys =
                admin.get("accounts/" + owner.accountId() + "/access-keys").asJsonArray();
        JsonObject used = keys.stream()
                .map(JsonValue::asJsonObject)
                .filter(key -> key.getString("accessKeyId").equals(owner.accessKeyId()))
                .findFirst()
                .orElseThrow();
        assertFalse(used.isNull("lastUsedAt"), "the signed calls were not recorded as uses: " + used);
    }

    private static void requireNodeSuiteInstalled() {
        if (!Files.isDirectory(NODE_SUITE.resolve("node_modules/@alicloud/esa20240910"))) {
            throw new IllegalStateException("The ESA SDK is not installed: run scripts/test.sh, or"
                    + " 'npm ci' in it/src/test/node (needs Node.js and npm).");
        }
    }
}
