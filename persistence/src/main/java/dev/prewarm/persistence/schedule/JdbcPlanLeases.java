package dev.prewarm.persistence.schedule;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.plan.DueLease;
import dev.prewarm.domain.plan.Lease;
import dev.prewarm.domain.plan.LeaseLostException;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.plan.PlanLeases;
import dev.prewarm.domain.plan.PlanStatus;
import dev.prewarm.persistence.schema.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Leases in the lease columns of table plan (V5), on the transaction's own connection. Due plans
 * are selected {@code FOR UPDATE SKIP LOCKED}, so concurrent claimers on H2 and PostgreSQL never
 * wait for each other nor get the same plan; the update is guarded by the version read as well.
 *
 * <p>The clock is the database's {@code CURRENT_TIMESTAMP}, read as an absolute instant
 * (TIMESTAMP WITH TIME ZONE on both databases) and compared as a UTC parameter against the UTC
 * columns, so neither the JVM's nor the session's time zone can shift a due time or an expiry.
 */
@ApplicationScoped
public class JdbcPlanLeases implements PlanLeases {
    private static final String NOW = "select current_timestamp";
    private static final String SELECT_CLAIMABLE = "select id, account_id, lease_version, next_batch_due from plan"
            + " where status in (?, ?) and (next_batch_due <= ? or end_time <= ?)"
            + " and (lease_owner is null or lease_expires_at <= ?)"
            + " order by next_batch_due nulls last, id limit ? for update skip locked";
    private static final String TAKE = "update plan set lease_owner = ?, lease_expires_at = ?, lease_version = ?"
            + " where id = ? and lease_version = ?";
    private static final String EXTEND =
            "update plan set lease_expires_at = ? where id = ? and lease_owner = ? and lease_version = ?";
    private static final String RELEASE = "update plan set lease_owner = null, lease_expires_at = null"
            + " where id = ? and lease_owner = ? and lease_version = ?";

    private static final String STILL_RUNNING = "select id from plan where status = ? and lease_owner = ? and id in (";
    // Each plan's holder is compared in Java: one statement for the group, whatever its leases.
    private static final String LOCK_ALL =
            "select id, lease_owner, lease_version, current_timestamp from plan where id in (";
    private static final String RELEASE_ALL =
            "update plan set lease_owner = null, lease_expires_at = null where lease_owner = ? and id in (";
    /**
     * Plans checked per statement; more are checked (fenced, released) in several statements of
     * the same transaction. Small because H2 finds the rows of {@code id in (?, ...)} by the
     * primary key but then evaluates the whole list again for each row, one comparison after the
     * other: n plans cost n × (list length) / 2 comparisons. With 500 a statement, the check of
     * 1,000 due plans at their due time (stillRunning) took about 10 ms of CPU, and every batch of
     * that second started that much later (a perf profile of the lag benchmark, session 10); with
     * 50 it is twenty short statements and a tenth of the comparisons.
     */
    private static final int CHECKED_PER_STATEMENT = 50;

    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    private final int checkedPerStatement;

    protected JdbcPlanLeases() {
        this.checkedPerStatement = CHECKED_PER_STATEMENT; // for CDI
    }

    public JdbcPlanLeases(EntityManager em) {
        this(em, CHECKED_PER_STATEMENT);
    }

    /** With fewer plans a statement, so that tests need not make hundreds of plans. */
    JdbcPlanLeases(EntityManager em, int checkedPerStatement) {
        this.em = em;
        this.checkedPerStatement = checkedPerStatement;
    }

    @Override
    public List<DueLease> claimDueWithin(String owner, int max, Duration leaseFor, Duration lookahead) {
        Connection connection = connection();
        try {
            Instant now = TransactionJdbc.databaseNow(connection);
            Instant expiresAt = now.plus(leaseFor);
            List<DueLease> claimed = new ArrayList<>();
            for (DueLease free : selectClaimable(connection, owner, max, now, now.plus(lookahead), expiresAt)) {
                if (take(connection, free.lease())) {
                    claimed.add(free);
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim due plans for " + owner + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<PlanId> stillRunning(String owner, List<PlanId> plans) {
        Set<PlanId> running = new HashSet<>();
        Connection connection = connection();
        for (List<PlanId> chunk : chunks(plans)) {
            String sql = STILL_RUNNING + placeholders(chunk.size()) + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, PlanStatus.RUNNING.wireName());
                select.setString(2, owner);
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(3 + i, chunk.get(i).value());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        running.add(PlanId.of(rows.getString(1)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not check which plans still run: " + e.getMessage(), e);
            }
        }
        return running;
    }

    @Override
    public boolean heartbeat(Lease lease, Duration leaseFor) {
        Connection connection = connection();
        try (PreparedStatement extend = connection.prepareStatement(EXTEND)) {
            extend.setObject(
                    1,
                    TransactionJdbc.utc(TransactionJdbc.databaseNow(connection).plus(leaseFor)));
            bindHolder(extend, 2, lease);
            return extend.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("extend", lease, e);
        }
    }

    @Override
    public void release(Lease lease) {
        try (PreparedStatement release = connection().prepareStatement(RELEASE)) {
            bindHolder(release, 1, lease);
            release.executeUpdate();
        } catch (SQLException e) {
            throw failure("release", lease, e);
        }
    }

    /**
     * Locks the plan rows only. A step that advances a job's cursor locks the job after them
     * ({@code PreloadJobRepository.findForUpdate}): plans first, then jobs, in every holder, so
     * fenced commits cannot deadlock. A tick that claims and begins several plans locks all their
     * rows first (the claim), then their jobs in the order of their ids. The clock comes with the
     * lock: one statement where the step would otherwise need two.
     */
    @Override
    public Instant fenceAll(List<Lease> leases) {
        if (leases.isEmpty()) { // nothing would read the clock this method returns
            throw new IllegalArgumentException("no leases to fence");
        }
        Instant now = null;
        for (List<Lease> chunk : chunks(leases)) {
            now = fenceChunk(chunk);
        }
        return now;
    }

    @Override
    public void releaseAll(List<Lease> fenced) {
        if (fenced.stream().map(Lease::owner).distinct().count() > 1) {
            throw new IllegalArgumentException("leases of several owners: " + fenced);
        }
        for (List<Lease> chunk : chunks(fenced)) {
            releaseChunk(chunk);
        }
    }

    /** The chunks' clock readings differ by the time the statements take; the last is returned. */
    private Instant fenceChunk(List<Lease> leases) {
        Map<PlanId, Lease> wanted = new HashMap<>();
        leases.forEach(lease -> wanted.put(lease.planId(), lease));
        try (PreparedStatement lock =
                connection().prepareStatement(LOCK_ALL + placeholders(leases.size()) + ") for update")) {
            for (int i = 0; i < leases.size(); i++) {
                lock.setString(1 + i, leases.get(i).planId().value());
            }
            Instant now = null;
            Set<PlanId> held = new HashSet<>();
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    Lease lease = wanted.get(PlanId.of(rows.getString(1)));
                    now = rows.getObject(4, OffsetDateTime.class).toInstant();
                    if (lease.owner().equals(rows.getString(2)) && lease.version() == rows.getLong(3)) {
                        held.add(lease.planId());
                    }
                }
            }
            for (Lease lease : leases) {
                if (!held.contains(lease.planId())) {
                    throw new LeaseLostException(lease);
                }
            }
            return now;
        } catch (SQLException e) {
            throw failure("fence", leases.getFirst(), e);
        }
    }

    private void releaseChunk(List<Lease> fenced) {
        try (PreparedStatement release =
                connection().prepareStatement(RELEASE_ALL + placeholders(fenced.size()) + ")")) {
            release.setString(1, fenced.getFirst().owner());
            for (int i = 0; i < fenced.size(); i++) {
                release.setString(2 + i, fenced.get(i).planId().value());
            }
            release.executeUpdate();
        } catch (SQLException e) {
            throw failure("release", fenced.getFirst(), e);
        }
    }

    /** At most {@code checkedPerStatement} plans or leases each, in the order given. */
    private <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += checkedPerStatement) {
            chunks.add(all.subList(from, Math.min(all.size(), from + checkedPerStatement)));
        }
        return chunks;
    }

    @Override
    public Instant databaseNow() {
        try {
            return TransactionJdbc.databaseNow(connection());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database clock: " + e.getMessage(), e);
        }
    }

    /** The leases the claimer would get: the version each will carry once taken, and when its batch is due. */
    private static List<DueLease> selectClaimable(
            Connection connection, String owner, int max, Instant now, Instant horizon, Instant expiresAt)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_CLAIMABLE)) {
            select.setString(1, PlanStatus.WAITING.wireName());
            select.setString(2, PlanStatus.RUNNING.wireName());
            select.setObject(3, TransactionJdbc.utc(horizon));
            select.setObject(4, TransactionJdbc.utc(now));
            select.setObject(5, TransactionJdbc.utc(now));
            select.setInt(6, max);
            List<DueLease> free = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Lease lease = new Lease(
                            PlanId.of(rows.getString(1)),
                            AccountId.of(rows.getString(2)),
                            owner,
                            rows.getLong(3) + 1,
                            expiresAt);
                    free.add(new DueLease(lease, dueIn(rows.getObject(4, LocalDateTime.class), now)));
                }
            }
            return free;
        }
    }

    /** Zero for a batch due already, or for a plan claimed only because its EndTime passed. */
    private static Duration dueIn(LocalDateTime nextBatchDueUtc, Instant now) {
        if (nextBatchDueUtc == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, nextBatchDueUtc.toInstant(ZoneOffset.UTC));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static boolean take(Connection connection, Lease lease) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, lease.owner());
            take.setObject(2, TransactionJdbc.utc(lease.expiresAt()));
            take.setLong(3, lease.version());
            take.setString(4, lease.planId().value());
            take.setLong(5, lease.version() - 1);
            return take.executeUpdate() == 1;
        }
    }

    private static void bindHolder(PreparedStatement statement, int first, Lease lease) throws SQLException {
        statement.setString(first, lease.planId().value());
        statement.setString(first + 1, lease.owner());
        statement.setLong(first + 2, lease.version());
    }

    private static IllegalStateException failure(String action, Lease lease, SQLException e) {
        return new IllegalStateException(
                "Could not " + action + " the lease of plan " + lease.planId() + ": " + e.getMessage(), e);
    }

    private Connection connection() {
        return TransactionJdbc.connection(em, "Plan leases are kept");
    }
}
