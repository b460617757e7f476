package dev.prewarm.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.prewarm.application.preload.Origin;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
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
 * The official ESA SDK (npm {@code @alicloud/esa20240910}) against the real WAR, in V3 and V2
 * signing modes: the Node suites in src/test/node (contract, fuzzing, concurrency, signature
 * tampering, jobs from remote URL lists served by the test origin) run as
 * clients of this deployment, with tenants provisioned through the admin API.
 */
@ExtendWith(ArquillianExtension.class)
class EsaSdkIT {
    private static final long SUITE_TIMEOUT_SECONDS = 300;

    @Deployment(testable = false)
    static WebArchive realWar() {
        return RealWar.archive();
    }

    @Test
    @RunAsClient
    void theOfficialSdkSuitePassesInBothSigningModes(@ArquillianResource URL base) throws Exception {
        AdminClient admin = new AdminClient(base.toURI());
        AdminClient.Tenant owner = admin.tenant("sdk-owner", "www.example.com");
        AdminClient.Tenant other = admin.tenant("sdk-other", "other.example.com");
        AdminClient.Tenant limited = admin.tenant("sdk-limited", "limited.example.com");
        admin.apiRate(limited.accountId(), 1, 3);
        AdminClient.Tenant fuzz = admin.tenant("sdk-fuzz", "fuzz.example.com");
        admin.apiRate(fuzz.accountId(), 10_000, 10_000); // fuzzing and racing calls, not rate limiting
        JsonObject disabled = admin.disabledKey(owner.accountId());

        Map<String, String> environment = new HashMap<>();
        environment.putAll(owner.environment("OWNER"));
        environment.putAll(other.environment("OTHER"));
        environment.putAll(limited.environment("LIMITED"));
        environment.putAll(fuzz.environment("FUZZ"));
        environment.put("DISABLED_AK", disabled.getString("accessKeyId"));
        environment.put("DISABLED_SK", disabled.getString("accessKeySecret"));
        environment.putAll(admin.tenant("sdk-lists", "lists.example.com").environment("LISTS"));
        try (Origin origin = new Origin()) { // serves the remote URL lists; arquillian.xml allows 127.0.0.1
            environment.put("ORIGIN_PORT", Integer.toString(origin.port()));
            NodeSuite.run(
                    base,
                    environment,
                    SUITE_TIMEOUT_SECONDS,
                    "esa-sdk.test.cjs",
                    "esa-fuzz.test.cjs",
                    "esa-concurrency.test.cjs",
                    "esa-tamper.test.cjs",
                    "esa-remote-lists.test.cjs");
        }
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
}
