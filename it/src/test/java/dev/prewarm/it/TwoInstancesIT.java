package dev.prewarm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prewarm.application.preload.LocalNginx;
import dev.prewarm.application.preload.Origin;
import dev.prewarm.persistence.testing.LocalPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The scale-out deployment of PRODUCT.md §5: two Payara Micro processes with the real WAR on one
 * PostgreSQL database (both started here, plain processes as scripts/run.sh starts them), warming
 * through nginx in front of a counting origin. The Node script creates jobs and plans through both
 * instances and checks the execution logs; this side checks the origin saw every URL once and that
 * both instances ran batches (each batch records the instance that ran it). Then the database
 * restarts, and both instances answer at once.
 */
class TwoInstancesIT {
    static final int JOBS = 20;
    static final int SLICE_LEN = 5;
    static final List<String> NAMES = List.of("it-a", "it-b");

    @Test
    void twoInstancesShareThePlansOfOneDatabaseRunEachBatchOnceAndOutliveItsRestart() throws Exception {
        List<Integer> counts =
                IntStream.range(0, JOBS).mapToObj(j -> 10 + j % 11).toList();
        Path dir = Files.createTempDirectory("prewarm-two-instances");
        List<PayaraInstance> instances = new ArrayList<>();
        try (LocalPostgres postgres = LocalPostgres.startOwn();
                Origin origin = new Origin();
                LocalNginx nginx = new LocalNginx(origin.port())) {
            String jdbcUrl = postgres.createDatabase("prewarm");
            Map<String, String> database = databaseEnvironment(jdbcUrl, postgres.user());
            // One after the other: two boots at once on 2 cores take longer than the wait, and the
            // race of a simultaneous first start (both creating 'admin') is StartupSequenceTest's.
            for (String name : NAMES) {
                Files.createDirectories(dir.resolve(name));
                PayaraInstance instance = new PayaraInstance(name, dir.resolve(name), database, engineProperties());
                instances.add(instance);
                instance.awaitReady(Duration.ofSeconds(90));
            }

            AdminClient admin = new AdminClient(instances.get(0).url().toURI());
            AdminClient.Tenant tenant =
                    admin.tenantWarmedThrough("two", "www.example.com", "http://127.0.0.1:" + nginx.port());
            admin.apiRate(tenant.accountId(), 1000, 1000); // the Node script polls 20 plans at once
            runNode(instances, tenant, counts);

            for (int j = 0; j < JOBS; j++) {
                for (int i = 0; i < counts.get(j); i++) {
                    assertEquals(1, origin.hits("/j" + j + "/u" + i), "origin hits of /j" + j + "/u" + i);
                }
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(0, origin.hits("/idle/u" + i), "the stopped plan's URL /idle/u" + i);
            }
            Map<String, Integer> byInstance = batchesByInstance(jdbcUrl, postgres.user());
            System.out.println("Batches by instance: " + byInstance);
            int batches = counts.stream()
                    .mapToInt(n -> (n + SLICE_LEN - 1) / SLICE_LEN)
                    .sum();
            assertEquals(
                    batches,
                    byInstance.values().stream().mapToInt(Integer::intValue).sum(),
                    "" + byInstance);
            assertEquals(NAMES, List.copyOf(byInstance.keySet()), "both instances ran batches: " + byInstance);

            // A database restart cuts every pooled connection. Each instance must find out before it
            // hands one out: without the pool's check, readiness kept getting back the same dead
            // connection and said DOWN for as long as it was asked.
            postgres.restart();
            for (PayaraInstance instance : instances) {
                assertEquals(200, instance.readinessStatus(), instance.name() + " ready at once after the restart");
                new AdminClient(instance.url().toURI())
                        .tenant("after-restart-" + instance.name(), instance.name() + ".after.example.com");
            }
        } catch (AssertionError | RuntimeException e) {
            PayaraInstance.printLogTails(instances);
            throw e;
        } finally {
            PayaraInstance.closeAllAndDelete(instances, dir);
        }
    }

    private static Map<String, String> databaseEnvironment(String jdbcUrl, String user) {
        byte[] masterKey = new byte[32]; // both instances must open the secrets either one sealed
        new SecureRandom().nextBytes(masterKey);
        return Map.of(
                "PREWARM_DB_URL",
                jdbcUrl,
                "PREWARM_DB_USER",
                user,
                "PREWARM_DB_PASSWORD",
                "unused-with-trust-authentication",
                "PREWARM_DB_DATASOURCE_CLASS",
                "org.postgresql.ds.PGSimpleDataSource",
                "PREWARM_MASTER_KEY",
                Base64.getEncoder().encodeToString(masterKey));
    }

    /**
     * The lease is long enough that no plan changes hands while its holder is alive. With 2 s, a
     * stall of about a second let a lease lapse between heartbeats and the other instance rightly
     * ran the batch again: seen once, on a 2-core machine that also ran a third Payara and a
     * browser beside the test. Takeover after a lapse is RestartIT's and the lease tests'; this
     * test is about sharing while both instances run.
     */
    private static List<String> engineProperties() {
        return List.of(
                "-Dprewarm.admin.password=" + AdminClient.ADMIN_PASSWORD,
                "-Dprewarm.engine.enabled=true",
                "-Dprewarm.engine.tick-millis=200",
                "-Dprewarm.engine.lease-seconds=10");
    }

    private static void runNode(List<PayaraInstance> instances, AdminClient.Tenant tenant, List<Integer> counts)
            throws Exception {
        Map<String, String> environment = new HashMap<>(tenant.environment("TWO"));
        environment.put("ESA_ENDPOINT_B", "127.0.0.1:" + instances.get(1).url().getPort());
        environment.put("TWO_SLICE_LEN", Integer.toString(SLICE_LEN));
        environment.put("TWO_URL_COUNTS", counts.stream().map(String::valueOf).collect(Collectors.joining(",")));
        NodeSuite.run(instances.get(0).url(), environment, 75, "two-instances.test.cjs");
    }

    /** The batch records straight from the database: the log API does not say which instance ran a batch. */
    private static Map<String, Integer> batchesByInstance(String jdbcUrl, String user) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("select instance_name, count(*) from batch group by instance_name")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        assertTrue(!counts.isEmpty(), "no batch was recorded");
        return counts;
    }
}
