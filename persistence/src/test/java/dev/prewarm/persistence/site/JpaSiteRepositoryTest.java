package dev.prewarm.persistence.site;

import static dev.prewarm.persistence.testing.Fixtures.ALICE;
import static dev.prewarm.persistence.testing.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.site.EdgeTarget;
import dev.prewarm.domain.site.HeaderVariant;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteBuilder;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.site.SiteStatus;
import dev.prewarm.persistence.testing.Fixtures;
import dev.prewarm.persistence.testing.TestDatabase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaSiteRepositoryTest {
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void idsComeFromTheSequenceOneAfterAnother(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            SiteId first = db.inTransaction(em -> new JpaSiteRepository(em).nextId());
            SiteId second = db.inTransaction(em -> new JpaSiteRepository(em).nextId());

            assertThat(first).isEqualTo(SiteId.of(1));
            assertThat(second).isEqualTo(SiteId.of(2));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSiteIsReadBackWithItsWholeRequestProfile(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept-Encoding", "br");
            headers.put("User-Agent", "Mobile \"quoted\" \u4e2d\u6587");
            headers.put("Accept", "*/*");
            RequestProfile profile = RequestProfile.defaults()
                    .withEdgeTargets(List.of(
                            EdgeTarget.parse("https://10.0.0.1:8443"), EdgeTarget.parse("http://edge.example.net")))
                    .withVariants(List.of(HeaderVariant.gzip(), new HeaderVariant("mobile", headers)))
                    .withUserAgent("Prewarm-Test/1.0")
                    .withTimeouts(Duration.ofMillis(1500), Duration.ofSeconds(45))
                    .withMaxBodyBytes(1234567890123L)
                    .withConcurrency(8)
                    .withRequestsPerSecond(OptionalInt.of(250))
                    .withFollowRedirects(true);
            Site site = SiteBuilder.aSite()
                    .withId(10)
                    .ownedBy("1001")
                    .named("Shop")
                    .withDomains("shop.example.com", "*.cdn.example.com")
                    .withProfile(profile)
                    .offline()
                    .build();
            db.runInTransaction(em -> new JpaSiteRepository(em).add(site));

            Site read = db.inTransaction(
                    em -> new JpaSiteRepository(em).find(ALICE, SiteId.of(10)).orElseThrow());

            assertThat(read.profile()).isEqualTo(profile);
            assertThat(read.profile().variants().get(1).headers().keySet())
                    .containsExactly("Accept-Encoding", "User-Agent", "Accept");
            assertThat(read.domains()).isEqualTo(SiteDomains.of("shop.example.com", "*.cdn.example.com"));
            assertThat(read.name().value()).isEqualTo("Shop");
            assertThat(read.status()).isEqualTo(SiteStatus.OFFLINE);
            assertThat(read.owner()).isEqualTo(ALICE);
            assertThat(read.createdAt()).isEqualTo(site.createdAt());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anotherAccountsSiteIsDeniedAndAnUnknownOneIsEmpty(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);

            assertThatThrownBy(() -> db.inTransaction(em -> new JpaSiteRepository(em).find(ALICE, SiteId.of(2))))
                    .isInstanceOf(PermissionDeniedException.class)
                    .extracting(e -> ((PermissionDeniedException) e).objectId())
                    .isEqualTo("2");
            Optional<Site> unknown = db.inTransaction(em -> new JpaSiteRepository(em).find(ALICE, SiteId.of(99)));
            Optional<Site> forOperator =
                    db.inTransaction(em -> new JpaSiteRepository(em).findForOperator(SiteId.of(2)));
            List<Site> alices = db.inTransaction(em -> new JpaSiteRepository(em).list(ALICE));
            assertThat(unknown).isEmpty();
            assertThat(forOperator.orElseThrow().owner()).isEqualTo(BOB);
            assertThat(alices).extracting(Site::id).containsExactly(SiteId.of(1));
        }
    }

    /** Guards ForeignKeyInsertOrder: no relationships are mapped that would order the inserts. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSiteMayBeAddedBeforeItsAccountInOneTransaction(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.runInTransaction(em -> {
                new JpaSiteRepository(em).add(Fixtures.site(5, ALICE));
                em.persist(Account.open(ALICE, "Alice", Fixtures.T0));
            });

            List<Site> alices = db.inTransaction(em -> new JpaSiteRepository(em).list(ALICE));
            assertThat(alices).extracting(Site::id).containsExactly(SiteId.of(5));
        }
    }
}
