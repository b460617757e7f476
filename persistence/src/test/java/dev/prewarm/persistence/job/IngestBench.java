package dev.prewarm.persistence.job;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobUrlStore;
import dev.prewarm.domain.job.UrlListIntake;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.persistence.schema.DatabaseMigrator;
import dev.prewarm.persistence.testing.LocalPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Dev harness for issue #4, not a test (surefire does not pick it up; speed is proven by
 * bench/run.sh): ingests a generated list through the same intake and JDBC store the API uses, in
 * one resource-local transaction on a fresh H2 file database under /tmp/ingest-bench (or a
 * PostgreSQL database of {@link LocalPostgres}), several times in one JVM, and prints per run the
 * time of intake + inserts and of the commit, the largest heap after a GC (what the call really
 * holds) and the used heap before the commit (garbage included).
 *
 * <p>Run from the repository root after {@code ./mvnw -pl persistence -am test-compile}, with the
 * persistence test classpath: {@code java -cp ... dev.prewarm.persistence.job.IngestBench h2|pg
 * [count] [runs] [jdbc-url-suffix]}. {@code -Dnoop} drops the accepted URLs instead of storing
 * them (the intake alone); {@code -Dsql=...} runs one statement after the migrations.
 */
public final class IngestBench {
    private static final AtomicLong maxAfterGc = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "h2";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        watchGc();
        Path dir = Path.of("/tmp/ingest-bench");
        Files.createDirectories(dir);
        Path list = dir.resolve("urls-" + count + ".txt");
        if (!Files.exists(list)) {
            try (BufferedWriter w = Files.newBufferedWriter(list)) {
                for (int i = 0; i < count; i++) {
                    w.write("https://www.example.com/catalog/category-" + (i % 977) + "/product-" + i
                            + ".html?ref=newsletter&utm_source=mail");
                    w.newLine();
                }
            }
        }
        String url;
        String user;
        javax.sql.DataSource ds;
        if (kind.equals("h2")) {
            Path db = dir.resolve("h2");
            if (Files.exists(db)) {
                try (Stream<Path> files = Files.walk(db)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            url = "jdbc:h2:file:" + db.resolve("prewarm") + (args.length > 3 ? args[3] : "");
            user = "prewarm";
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(user);
            ds = h2;
        } else {
            LocalPostgres pg = LocalPostgres.shared();
            url = pg.createDatabase("bench" + System.nanoTime()) + (args.length > 3 ? args[3] : "");
            user = pg.user();
            PGSimpleDataSource p = new PGSimpleDataSource();
            p.setURL(url);
            p.setUser(user);
            ds = p;
        }
        new DatabaseMigrator(ds).migrate();
        if (System.getProperty("sql") != null) {
            try (var c = ds.getConnection();
                    var st = c.createStatement()) {
                st.execute(System.getProperty("sql"));
            }
        }
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", kind.equals("h2") ? user : "");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("prewarm", props);
        SiteDomains domains = SiteDomains.of("www.example.com");
        for (int run = 0; run < runs; run++) {
            System.gc();
            Thread.sleep(200);
            System.gc();
            long base = used();
            maxAfterGc.set(0);
            JobId job = JobId.of(String.format("0123456789abcdef%08d", run));
            EntityManager em = emf.createEntityManager();
            long t0 = System.nanoTime();
            em.getTransaction().begin();
            JdbcJobUrlStore store = new JdbcJobUrlStore(em);
            UrlListIntake intake;
            boolean noop = System.getProperty("noop") != null;
            try (JobUrlStore.Writer accepted = noop ? noopWriter() : store.acceptedWriter(job);
                    JobUrlStore.RejectedWriter rejected = store.rejectedWriter(job);
                    BufferedReader reader = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
                intake = new UrlListIntake(domains, 1_000_000, accepted, rejected);
                intake.acceptAll(reader);
            }
            long t1 = System.nanoTime();
            long beforeCommit = used();
            em.getTransaction().commit();
            long t2 = System.nanoTime();
            em.close();
            System.gc();
            long after = used();
            System.out.printf(
                    "%s run %d: %d accepted; intake+insert %.1f s, commit %.1f s, total %.1f s;"
                            + " heap base %d MiB, max after GC %+d MiB, used before commit %+d MiB, retained %+d MiB%n",
                    kind,
                    run,
                    intake.counts().urlCount(),
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    (t2 - t0) / 1e9,
                    base >> 20,
                    (maxAfterGc.get() - base) >> 20,
                    (beforeCommit - base) >> 20,
                    (after - base) >> 20);
        }
        emf.close();
    }

    private static JobUrlStore.Writer noopWriter() {
        return new JobUrlStore.Writer() {
            @Override
            public void accept(long position, dev.prewarm.domain.url.PreloadUrl url) {}

            @Override
            public void close() {}
        };
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void watchGc() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (n, h) -> {
                                if (!n.getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    return;
                                }
                                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                                // Only heap pools count, not metaspace or the code cache.
                                long heap = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                        .filter(e -> isHeapPool(e.getKey()))
                                        .mapToLong(e -> e.getValue().getUsed())
                                        .sum();
                                maxAfterGc.accumulateAndGet(heap, Math::max);
                            },
                            null,
                            null);
        }
    }

    private static boolean isHeapPool(String pool) {
        return pool.contains("Eden") || pool.contains("Survivor") || pool.contains("Old") || pool.contains("Tenured");
    }
}
