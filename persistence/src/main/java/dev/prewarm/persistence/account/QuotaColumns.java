package dev.prewarm.persistence.account;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.plan.Interval;
import dev.prewarm.domain.plan.SliceLen;
import dev.prewarm.domain.quota.QuotaOverrides;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.util.List;

/**
 * QuotaOverrides in the nullable quota_* columns of the account table. Native SQL, because Account
 * has no field for them; the timeout is kept in milliseconds. Every parameter is CAST so that a
 * null binds on PostgreSQL whatever JDBC type EclipseLink chooses for it.
 */
final class QuotaColumns {
    private static final String COLUMNS = "quota_jobs_per_site, quota_urls_per_job, quota_url_list_bytes,"
            + " quota_remote_file_bytes, quota_remote_timeout_ms, quota_url_bytes, quota_plans_per_job,"
            + " quota_min_interval_s, quota_max_interval_s, quota_min_slice_len, quota_max_slice_len,"
            + " quota_api_calls_per_s, quota_api_burst";
    private static final String UPDATE = "update account set"
            + " quota_jobs_per_site = cast(?1 as integer), quota_urls_per_job = cast(?2 as integer),"
            + " quota_url_list_bytes = cast(?3 as bigint), quota_remote_file_bytes = cast(?4 as bigint),"
            + " quota_remote_timeout_ms = cast(?5 as bigint), quota_url_bytes = cast(?6 as integer),"
            + " quota_plans_per_job = cast(?7 as integer), quota_min_interval_s = cast(?8 as integer),"
            + " quota_max_interval_s = cast(?9 as integer), quota_min_slice_len = cast(?10 as integer),"
            + " quota_max_slice_len = cast(?11 as integer), quota_api_calls_per_s = cast(?12 as integer),"
            + " quota_api_burst = cast(?13 as integer)"
            + " where id = ?14";

    private QuotaColumns() {}

    static QuotaOverrides read(EntityManager em, AccountId id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from account where id = ?1")
                .setParameter(1, id.value())
                .getResultList();
        if (rows.isEmpty()) {
            return QuotaOverrides.none();
        }
        Object[] row = (Object[]) rows.getFirst();
        return new QuotaOverrides(
                integer(row[0]),
                integer(row[1]),
                longValue(row[2]),
                longValue(row[3]),
                row[4] == null ? null : Duration.ofMillis(((Number) row[4]).longValue()),
                integer(row[5]),
                integer(row[6]),
                row[7] == null ? null : new Interval(integer(row[7])),
                row[8] == null ? null : new Interval(integer(row[8])),
                row[9] == null ? null : new SliceLen(integer(row[9])),
                row[10] == null ? null : new SliceLen(integer(row[10])),
                integer(row[11]),
                integer(row[12]));
    }

    static void write(EntityManager em, AccountId id, QuotaOverrides q) {
        Query update = em.createNativeQuery(UPDATE);
        Object[] values = {
            q.jobsPerSiteOrNull(),
            q.urlsPerJobOrNull(),
            q.urlListBytesOrNull(),
            q.remoteFileBytesOrNull(),
            q.remoteDownloadTimeout().map(Duration::toMillis).orElse(null),
            q.urlBytesOrNull(),
            q.plansPerJobOrNull(),
            q.minInterval().map(Interval::seconds).orElse(null),
            q.maxInterval().map(Interval::seconds).orElse(null),
            q.minSliceLen().map(SliceLen::value).orElse(null),
            q.maxSliceLen().map(SliceLen::value).orElse(null),
            q.apiCallsPerSecondOrNull(),
            q.apiBurstOrNull()
        };
        for (int i = 0; i < values.length; i++) {
            update.setParameter(i + 1, values[i]);
        }
        if (update.setParameter(values.length + 1, id.value()).executeUpdate() != 1) {
            throw new IllegalArgumentException("No account " + id + " to save quota overrides for");
        }
    }

    private static Integer integer(Object column) {
        return column == null ? null : ((Number) column).intValue();
    }

    private static Long longValue(Object column) {
        return column == null ? null : ((Number) column).longValue();
    }
}
