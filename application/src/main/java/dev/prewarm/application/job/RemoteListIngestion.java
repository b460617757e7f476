package dev.prewarm.application.job;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.application.remotelist.RemoteLists;
import dev.prewarm.application.remotelist.SpooledList;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.InsertWay;
import dev.prewarm.domain.job.JobName;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.site.SiteId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * {@code CreateScheduledPreloadJob} from a remote list ({@code InsertWay} oss or sitemap): download
 * first, then ingest. The file is fetched through the outbound policy, within the account's size and
 * time limits, into a local spool file while no transaction of ours is open; only then does
 * {@link JobIngestion} stream the spool into storage in its one transaction, which lasts as long as
 * reading a local file does (seconds for a million URLs), not as long as a slow or hostile server
 * wants. Streaming the download straight into the intake would hold a transaction and a pooled
 * database connection for up to the whole time limit per call, and a few such calls would starve
 * the pool the plan engine needs. The price is local disk up to the unpacked-size cap, for the
 * length of the call. A failed download throws before anything is written, so it stores nothing.
 *
 * <p>Deliberately not {@code @Transactional}: with a {@code ClientToken} the caller's token
 * transaction is already open and the ingestion joins it, so token and job still commit together;
 * that one case holds its transaction across the download.
 */
@ApplicationScoped
public class RemoteListIngestion {
    @Inject
    JobIngestion ingestion;

    @Inject
    RemoteLists remoteLists;

    @Inject
    Accounts accounts;

    public PreloadJob create(AccountId owner, SiteId siteId, JobName name, InsertWay way, String ossUrl) {
        ingestion.ensureRoomForJob(owner, siteId);
        try (SpooledList list = remoteLists.download(way, ossUrl, accounts.policyFor(owner));
                Reader lines = list.reader()) {
            return ingestion.createFromStream(owner, siteId, name, way, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the spooled list", e);
        }
    }
}
