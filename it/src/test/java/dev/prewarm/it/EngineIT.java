package dev.prewarm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.prewarm.application.preload.LocalNginx;
import dev.prewarm.application.preload.Origin;
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
 * The plan engine on the real WAR warms a real cache: Debian's nginx with proxy_cache in front
 * of a counting origin, both started here. The Node script creates a job and a plan with the
 * official SDK, waits for the plan to finish, and checks the execution log, the stored fetch
 * results (REST API) and /metrics; this side then checks the origin saw every URL exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class EngineIT {
    static final int URLS = 30;

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

    private static String runNode(URL base, AdminClient.Tenant tenant, int nginxPort) throws Exception {
        Map<String, String> environment = new HashMap<>(tenant.environment("ENGINE"));
        environment.put("ENGINE_URLS", Integer.toString(URLS));
        environment.put("NGINX_PORT", Integer.toString(nginxPort));
        return NodeSuite.run(base, environment, 120, "engine.test.cjs");
    }
}
