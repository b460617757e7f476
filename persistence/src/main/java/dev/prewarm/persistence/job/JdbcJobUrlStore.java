package dev.prewarm.persistence.job;

import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobUrlStore;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.url.PreloadUrl;
import dev.prewarm.domain.url.RejectionReason;
import dev.prewarm.persistence.schema.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * URL lists in job_url and job_rejected_line. Writers stream JDBC batches on the transaction's own
 * connection, so a million URLs are never in memory and commit or roll back with the job row.
 * The engine's slices are read on it too; the other reads are native queries.
 */
@ApplicationScoped
public class JdbcJobUrlStore implements JobUrlStore {
    static final int BATCH_ROWS = 1_000;
    // Column sizes of job_rejected_line: the intake already shortens lines; this is the last guard.
    private static final int MAX_LINE_TEXT = 8192;
    private static final int MAX_DETAIL = 512;
    private static final String SLICE = "select position, url from job_url"
            + " where job_id = ? and position >= ? and position < ? order by position";

    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JdbcJobUrlStore() {
        // for CDI
    }

    public JdbcJobUrlStore(EntityManager em) {
        this.em = em;
    }

    /** Must be called inside a transaction: the rows are written on its connection. */
    @Override
    public Writer acceptedWriter(JobId job) {
        BatchedInsert insert = new BatchedInsert(
                connection(), "insert into job_url (job_id, position, url) values (?, ?, ?)", BATCH_ROWS);
        return new Writer() {
            @Override
            public void accept(long position, PreloadUrl url) {
                insert.add(job.value(), position, url.value());
            }

            @Override
            public void close() {
                insert.close();
            }
        };
    }

    /** Must be called inside a transaction: the rows are written on its connection. */
    @Override
    public RejectedWriter rejectedWriter(JobId job) {
        BatchedInsert insert = new BatchedInsert(
                connection(),
                "insert into job_rejected_line (job_id, line_number, line_text, reason, detail) values (?, ?, ?, ?, ?)",
                BATCH_ROWS);
        return new RejectedWriter() {
            @Override
            public void reject(long lineNumber, String line, RejectionReason reason, String detail) {
                insert.add(
                        job.value(), lineNumber, cut(line, MAX_LINE_TEXT), reason.wireName(), cut(detail, MAX_DETAIL));
            }

            @Override
            public void close() {
                insert.close();
            }
        };
    }

    /**
     * Must be called inside a transaction. Plain JDBC on its connection rather than a native query:
     * EclipseLink flushes the whole unit of work before each query it runs, and the engine's tick
     * reads one slice per plan in a transaction that has just begun hundreds of batches, which made
     * every slice write-check all of them (two thirds of the tick's CPU in a profile).
     */
    @Override
    public List<PositionedUrl> slice(JobId job, UrlRange range) {
        try (PreparedStatement select = connection().prepareStatement(SLICE)) {
            select.setString(1, job.value());
            select.setLong(2, range.from());
            select.setLong(3, range.to());
            List<PositionedUrl> urls = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    urls.add(new PositionedUrl(rows.getLong(1), rows.getString(2)));
                }
            }
            return urls;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not read URLs " + range + " of job " + job + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<RejectedLine> rejectedLines(JobId job, long offset, int limit) {
        List<?> rows = em.createNativeQuery("select line_number, line_text, reason, detail from job_rejected_line"
                        + " where job_id = ?1 order by line_number limit ?2 offset ?3")
                .setParameter(1, job.value())
                .setParameter(2, limit)
                .setParameter(3, offset)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new RejectedLine(
                        ((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    private Connection connection() {
        return TransactionJdbc.connection(em, "URL lists are written");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
