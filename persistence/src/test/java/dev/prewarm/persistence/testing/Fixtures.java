package dev.prewarm.persistence.testing;

import static dev.prewarm.domain.job.JobBuilder.aJob;
import static dev.prewarm.domain.site.SiteBuilder.aSite;

import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.plan.Interval;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanRequest;
import dev.prewarm.domain.plan.PlanTime;
import dev.prewarm.domain.plan.SliceLen;
import dev.prewarm.domain.site.Site;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The rows the foreign keys ask for: accounts 1001 and 2002, site 1 of 1001, site 2 of 2002. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
    public static final AccountId ALICE = AccountId.of("1001");
    public static final AccountId BOB = AccountId.of("2002");

    private Fixtures() {}

    public static void accountsAndSites(TestDatabase db) {
        db.runInTransaction(em -> {
            em.persist(Account.open(ALICE, "Alice", T0));
            em.persist(Account.open(BOB, "Bob", T0));
            em.persist(site(1, ALICE));
            em.persist(site(2, BOB));
        });
    }

    public static void add(TestDatabase db, Object entity) {
        db.runInTransaction(em -> em.persist(entity));
    }

    public static PreloadJob job(String id, AccountId owner, long site, Instant createdAt) {
        return aJob().withId(id)
                .ownedBy(owner.value())
                .forSite(site)
                .createdAt(createdAt)
                .build();
    }

    /** Starts 2026-12-01 09:00 at +08:00, ends a day later written at -05:00; every 60 s, 10 URLs. */
    public static Plan plan(String id, PreloadJob job) {
        PlanRequest request = new PlanRequest(
                Optional.of(PlanTime.of(OffsetDateTime.parse("2026-12-01T09:00:00+08:00"))),
                Optional.of(PlanTime.of(OffsetDateTime.parse("2026-12-01T20:00:00-05:00"))),
                new Interval(60),
                new SliceLen(10));
        return Plan.create(PlanId.of(id), job.id(), job.owner(), request, T0);
    }

    public static Site site(long id, AccountId owner) {
        return aSite().withId(id).ownedBy(owner.value()).build();
    }
}
