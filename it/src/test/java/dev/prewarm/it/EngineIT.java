package dev.prewarm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prewarm.application.preload.LocalNginx;
import dev.prewarm.application.preload.Origin;
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
 * The plan engine on the real WAR warms a real cache: Debian's nginx with proxy_cache in front
 * of a counting origin, both started here. The Node script creates a job and a plan with the
 * official SDK and waits for the plan to finish; this side then checks the origin saw every URL
 * exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class EngineIT {
    static final int URLS = 30;
    private static final Path NODE_SUITE = Path.of("src/test/node");

    @Deployment(testable = false)
    static WebArchive realWar() {
        File war = new File(System.getProperty("prewarm.war", "../web/target/prewarm.war"));
        return ShrinkWrap.create(ZipImporter.class, "prewarm.war")
                .importFrom(war)
                .as(WebArchive.class);
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
        Path log = Files.createTempFile("engine-suite", ".log");
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=spec", "engine.test.cjs")
                .directory(NODE_SUITE.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("ESA_ENDPOINT", base.getHost() + ":" + base.getPort());
        node.environment().put("ENGINE_AK", tenant.accessKeyId());
        node.environment().put("ENGINE_SK", tenant.accessKeySecret());
        node.environment().put("ENGINE_SITE_ID", Long.toString(tenant.siteId()));
        node.environment().put("ENGINE_DOMAIN", tenant.domain());
        node.environment().put("ENGINE_URLS", Integer.toString(URLS));
        node.environment().put("NGINX_PORT", Integer.toString(nginxPort));
        Process process = node.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the engine suite did not finish:\n" + output);
        assertEquals(0, process.exitValue(), "the engine suite failed:\n" + output);
        return output;
    }
}
