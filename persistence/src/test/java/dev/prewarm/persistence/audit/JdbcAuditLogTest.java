package dev.prewarm.persistence.audit;

import static dev.prewarm.persistence.testing.Fixtures.ALICE;
import static dev.prewarm.persistence.testing.Fixtures.BOB;
import static dev.prewarm.persistence.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.audit.Actor;
import dev.prewarm.domain.audit.ActorKind;
import dev.prewarm.domain.audit.AuditEvent;
import dev.prewarm.domain.audit.AuditQuery;
import dev.prewarm.persistence.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcAuditLogTest {
    private static final Actor ADMIN_UI = new Actor(ActorKind.UI, "admin");
    private static final Actor KEY = new Actor(ActorKind.RPC, "LTAIabcdefghij0123456789");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aMemberReadsOnlyTheirAccountNewestFirst(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            record(db, event(0, KEY, ALICE, "plan.stop", "p1"));
            record(db, event(1, ADMIN_UI, null, "user.add", "carol"));
            record(db, event(2, ADMIN_UI, BOB, "site.register", "7"));
            record(db, event(3, ADMIN_UI, ALICE, "key.disable", "LTAIx"));

            List<AuditEvent> alice = page(db, new AuditQuery(ALICE, false, null, null), 0, 10);

            assertThat(alice).extracting(AuditEvent::objectId).containsExactly("LTAIx", "p1");
            assertThat(alice.getFirst()).isEqualTo(event(3, ADMIN_UI, ALICE, "key.disable", "LTAIx"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anOperatorAlsoReadsInstallationWideEventsButNotOtherAccounts(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            record(db, event(0, KEY, ALICE, "plan.stop", "p1"));
            record(db, event(1, ADMIN_UI, null, "user.add", "carol"));
            record(db, event(2, ADMIN_UI, BOB, "site.register", "7"));

            AuditQuery query = new AuditQuery(ALICE, true, null, null);

            assertThat(page(db, query, 0, 10)).extracting(AuditEvent::objectId).containsExactly("carol", "p1");
            assertThat(count(db, query)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void pagesAreCutInTheDatabaseAndFiltersNarrowByActionPrefixAndActor(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            for (int i = 0; i < 25; i++) {
                record(
                        db,
                        event(i, i % 2 == 0 ? KEY : ADMIN_UI, ALICE, i % 3 == 0 ? "plan.stop" : "job.delete", "o" + i));
            }

            assertThat(page(db, new AuditQuery(ALICE, false, null, null), 20, 10))
                    .extracting(AuditEvent::objectId)
                    .containsExactly("o4", "o3", "o2", "o1", "o0");
            AuditQuery plans = new AuditQuery(ALICE, false, "plan", null);
            assertThat(count(db, plans)).isEqualTo(9);
            assertThat(page(db, new AuditQuery(ALICE, false, "plan.stop", "admin"), 0, 50))
                    .extracting(AuditEvent::objectId)
                    .containsExactly("o21", "o15", "o9", "o3");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anEventOfARolledBackChangeIsNotKept(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            EntityManager em = db.entityManager();
            try {
                em.getTransaction().begin();
                new JdbcAuditLog(em).record(event(0, KEY, ALICE, "plan.stop", "p1"));
                em.getTransaction().rollback();
            } finally {
                em.close();
            }

            assertThat(count(db, new AuditQuery(ALICE, true, null, null))).isZero();
        }
    }

    private static AuditEvent event(int minute, Actor actor, AccountId account, String action, String object) {
        return new AuditEvent(T0.plusSeconds(60L * minute), actor, account, action, object, "detail " + minute);
    }

    private static void record(TestDatabase db, AuditEvent event) {
        db.runInTransaction(em -> new JdbcAuditLog(em).record(event));
    }

    private static List<AuditEvent> page(TestDatabase db, AuditQuery query, long offset, int limit) {
        return db.inTransaction(em -> new JdbcAuditLog(em).page(query, offset, limit));
    }

    private static long count(TestDatabase db, AuditQuery query) {
        return db.inTransaction(em -> new JdbcAuditLog(em).count(query));
    }
}
