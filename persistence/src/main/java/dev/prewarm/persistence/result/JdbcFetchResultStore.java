package dev.prewarm.persistence.result;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.fetch.CacheStatus;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.result.BatchResults;
import dev.prewarm.domain.result.FetchResultStore;
import dev.prewarm.domain.result.ResultPage;
import dev.prewarm.domain.result.StoredResult;
import dev.prewarm.domain.result.UrlStatus;
import dev.prewarm.persistence.schema.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Results on the transaction's own connection: written in JDBC batches with the batch's fenced
 * completion, read with the plan's or job's account as part of every query.
 */
@ApplicationScoped
public class JdbcFetchResultStore implements FetchResultStore {
    static final int BATCH_ROWS = 1_000;
    // Column sizes of fetch_result: longer values are cut rather than failing the batch's commit.
    private static final int MAX_TARGET = 300;
    private static final int MAX_VARIANT = 128;
    private static final int MAX_ERROR = 1024;

    private static final String INSERT = "insert into fetch_result (plan_id, batch_no, result_no, job_id,"
            + " url_position, target, variant, http_status, cache_status, body_bytes, ttfb_ms, total_ms, attempts,"
            + " outcome, error_text, fetched_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LAST_OUTCOME =
            "update job_url set last_outcome = ?, last_fetched_at = ? where job_id = ? and position = ?";
    private static final String COLUMNS = "select r.plan_id, r.batch_no, r.job_id, coalesce(u.url, ''),"
            + " r.url_position, r.target, r.variant, r.http_status, r.cache_status, r.body_bytes, r.ttfb_ms,"
            + " r.total_ms, r.attempts, r.outcome, r.error_text, r.fetched_at";
    private static final String OF_PLAN = " from fetch_result r join plan p on p.id = r.plan_id"
            + " left join job_url u on u.job_id = r.job_id and u.position = r.url_position"
            + " where r.plan_id = ? and p.account_id = ?";
    private static final String OF_URL = " from fetch_result r join preload_job j on j.id = r.job_id"
            + " left join job_url u on u.job_id = r.job_id and u.position = r.url_position"
            + " where r.job_id = ? and j.account_id = ? and r.url_position = ?"
            + " order by r.fetched_at desc, r.batch_no desc, r.result_no limit ?";
    private static final String URL_STATUSES = "select u.position, u.url, u.last_outcome, u.last_fetched_at"
            + " from job_url u join preload_job j on j.id = u.job_id where u.job_id = ? and j.account_id = ?"
            + " order by u.position limit ? offset ?";
    // Row values in IN work on H2 2.2 and PostgreSQL alike; DELETE ... LIMIT does not exist on the latter.
    private static final String PURGE = "delete from fetch_result where (plan_id, batch_no, result_no) in"
            + " (select plan_id, batch_no, result_no from fetch_result where fetched_at < ?"
            + " order by fetched_at limit ?)";

    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JdbcFetchResultStore() {
        // for CDI
    }

    public JdbcFetchResultStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void recordAll(List<BatchResults> batches, Instant fetchedAt) {
        Connection connection = connection();
        LocalDateTime at = TransactionJdbc.utc(fetchedAt);
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement last = connection.prepareStatement(LAST_OUTCOME)) {
            int rows = 0;
            for (BatchResults batch : batches) {
                int resultNo = 0;
                for (FetchResult fetch : batch.fetches()) {
                    bindResult(insert, batch, resultNo++, fetch, at);
                    insert.addBatch();
                    if (++rows % BATCH_ROWS == 0) {
                        insert.executeBatch();
                    }
                }
            }
            if (rows % BATCH_ROWS != 0) {
                insert.executeBatch();
            }
            int urls = 0;
            for (BatchResults batch : batches) {
                for (Map.Entry<Long, FetchOutcome> url : batch.urlOutcomes().entrySet()) {
                    last.setString(1, url.getValue().wireName());
                    last.setObject(2, at);
                    last.setString(3, batch.jobId().value());
                    last.setLong(4, url.getKey());
                    last.addBatch();
                    if (++urls % BATCH_ROWS == 0) {
                        last.executeBatch();
                    }
                }
            }
            if (urls % BATCH_ROWS != 0) {
                last.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not store the results of " + batches.size() + " batches, the first batch "
                            + batches.getFirst().batchNo() + " of plan "
                            + batches.getFirst().planId() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    @Override
    public ResultPage planResults(
            AccountId account, PlanId plan, Optional<FetchOutcome> outcome, long offset, int limit) {
        String filter = outcome.isPresent() ? " and r.outcome = ?" : "";
        Connection connection = connection();
        try (PreparedStatement count = connection.prepareStatement("select count(*)" + OF_PLAN + filter);
                PreparedStatement page = connection.prepareStatement(
                        COLUMNS + OF_PLAN + filter + " order by r.batch_no, r.result_no limit ? offset ?")) {
            int next = bindPlan(count, plan, account, outcome);
            long total;
            try (ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
            next = bindPlan(page, plan, account, outcome);
            page.setInt(next, limit);
            page.setLong(next + 1, offset);
            return new ResultPage(total, read(page));
        } catch (SQLException e) {
            throw failure("read the results of plan " + plan, e);
        }
    }

    @Override
    public List<StoredResult> urlResults(AccountId account, JobId job, long position, int limit) {
        try (PreparedStatement select = connection().prepareStatement(COLUMNS + OF_URL)) {
            select.setString(1, job.value());
            select.setString(2, account.value());
            select.setLong(3, position);
            select.setInt(4, limit);
            return read(select);
        } catch (SQLException e) {
            throw failure("read the results of URL " + position + " of job " + job, e);
        }
    }

    @Override
    public List<UrlStatus> urlStatuses(AccountId account, JobId job, long offset, int limit) {
        try (PreparedStatement select = connection().prepareStatement(URL_STATUSES)) {
            select.setString(1, job.value());
            select.setString(2, account.value());
            select.setInt(3, limit);
            select.setLong(4, offset);
            List<UrlStatus> statuses = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    statuses.add(new UrlStatus(
                            rows.getLong(1),
                            rows.getString(2),
                            Optional.ofNullable(rows.getString(3)).map(FetchOutcome::fromWire),
                            Optional.ofNullable(rows.getObject(4, LocalDateTime.class))
                                    .map(at -> at.toInstant(ZoneOffset.UTC))));
                }
            }
            return statuses;
        } catch (SQLException e) {
            throw failure("read the URLs of job " + job, e);
        }
    }

    @Override
    public int purgeFetchedBefore(Instant cutoff, int maxRows) {
        try (PreparedStatement purge = connection().prepareStatement(PURGE)) {
            purge.setObject(1, TransactionJdbc.utc(cutoff));
            purge.setInt(2, maxRows);
            return purge.executeUpdate();
        } catch (SQLException e) {
            throw failure("purge results fetched before " + cutoff, e);
        }
    }

    private static void bindResult(
            PreparedStatement insert, BatchResults batch, int resultNo, FetchResult fetch, LocalDateTime at)
            throws SQLException {
        insert.setString(1, batch.planId().value());
        insert.setLong(2, batch.batchNo());
        insert.setInt(3, resultNo);
        insert.setString(4, batch.jobId().value());
        insert.setLong(5, fetch.urlPosition());
        insert.setString(6, cut(fetch.target(), MAX_TARGET));
        insert.setString(7, cut(fetch.variant(), MAX_VARIANT));
        insert.setInt(8, fetch.httpStatus());
        insert.setString(9, fetch.cacheStatus().name());
        insert.setLong(10, fetch.bytes());
        insert.setLong(11, fetch.ttfbMillis());
        insert.setLong(12, fetch.totalMillis());
        insert.setInt(13, fetch.attempts());
        insert.setString(14, fetch.outcome().wireName());
        insert.setString(15, fetch.error() == null ? null : cut(fetch.error(), MAX_ERROR));
        insert.setObject(16, at);
    }

    private static int bindPlan(
            PreparedStatement statement, PlanId plan, AccountId account, Optional<FetchOutcome> outcome)
            throws SQLException {
        statement.setString(1, plan.value());
        statement.setString(2, account.value());
        if (outcome.isPresent()) {
            statement.setString(3, outcome.get().wireName());
            return 4;
        }
        return 3;
    }

    private static List<StoredResult> read(PreparedStatement select) throws SQLException {
        List<StoredResult> results = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                results.add(new StoredResult(
                        PlanId.of(rows.getString(1)),
                        rows.getLong(2),
                        JobId.of(rows.getString(3)),
                        rows.getString(4),
                        new FetchResult(
                                rows.getLong(5),
                                rows.getString(6),
                                rows.getString(7),
                                rows.getInt(8),
                                CacheStatus.valueOf(rows.getString(9)),
                                rows.getLong(10),
                                rows.getLong(11),
                                rows.getLong(12),
                                rows.getInt(13),
                                FetchOutcome.fromWire(rows.getString(14)),
                                rows.getString(15)),
                        rows.getObject(16, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
        }
        return results;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static IllegalStateException failure(String action, SQLException e) {
        return new IllegalStateException("Could not " + action + ": " + e.getMessage(), e);
    }

    private Connection connection() {
        return TransactionJdbc.connection(em, "Fetch results are kept");
    }
}
