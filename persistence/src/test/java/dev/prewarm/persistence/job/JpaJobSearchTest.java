package dev.prewarm.persistence.job;

import static dev.prewarm.domain.job.JobBuilder.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobSearch.JobFilter;
import dev.prewarm.domain.job.PreloadJobRepository.JobWindow;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.persistence.testing.Fixtures;
import dev.prewarm.persistence.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaJobSearchTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void jobsAreFoundByAnySiteByPartOfTheNameAndByWindowWithinTheAccountOnly(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            AccountId alice = Fixtures.ALICE;
            Fixtures.add(db, Fixtures.site(3, alice));
            add(db, "000000000000000000000001", alice, 1, "Black Friday launch", T0);
            add(db, "000000000000000000000002", alice, 3, "black_friday images", T0.plusSeconds(60));
            add(db, "000000000000000000000003", alice, 1, "Docs", T0.plusSeconds(120));
            add(db, "000000000000000000000004", Fixtures.BOB, 2, "Black Friday of Bob", T0);

            assertThat(ids(db, alice, JobFilter.everything())).containsExactly("3", "2", "1");
            assertThat(ids(db, alice, filter(null, "FRIDAY", null))).containsExactly("2", "1");
            assertThat(ids(db, alice, filter(1L, "friday", null))).containsExactly("1");
            // "_" and "%" are literal characters of the name, not patterns.
            assertThat(ids(db, alice, filter(null, "k_f", null))).containsExactly("2");
            assertThat(ids(db, alice, filter(null, "%", null))).isEmpty();
            assertThat(ids(db, alice, filter(null, null, new JobWindow(T0.plusSeconds(60), null))))
                    .containsExactly("3", "2");
            long matching = db.inTransaction(em -> new JpaJobSearch(em).count(alice, filter(null, "friday", null)));
            assertThat(matching).isEqualTo(2);
        }
    }

    private static JobFilter filter(Long site, String name, JobWindow window) {
        return new JobFilter(
                Optional.ofNullable(site).map(SiteId::of), name, window == null ? JobWindow.all() : window);
    }

    private static void add(TestDatabase db, String id, AccountId owner, long site, String name, Instant at) {
        Fixtures.add(
                db,
                aJob().withId(id)
                        .ownedBy(owner.value())
                        .forSite(site)
                        .named(name)
                        .createdAt(at)
                        .build());
    }

    private static List<String> ids(TestDatabase db, AccountId account, JobFilter filter) {
        return db.inTransaction(em -> new JpaJobSearch(em).page(account, filter, 0, 10)).stream()
                .map(job -> job.id().value().substring(23))
                .toList();
    }
}
