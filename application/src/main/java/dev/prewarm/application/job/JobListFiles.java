package dev.prewarm.application.job;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobUrlStore;
import dev.prewarm.domain.job.UrlRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A job's accepted URL list and its rejected lines as downloadable text files, written page by
 * page (one short transaction each), so a million-line list never sits in memory. Shared by the
 * REST download and the admin UI.
 */
@ApplicationScoped
public class JobListFiles {
    static final int PAGE = 10_000;

    @Inject
    Jobs jobs;

    /** Raises NotFound or PermissionDenied before anything is written. */
    public void ensureReadable(AccountId owner, JobId job) {
        jobs.get(owner, job);
    }

    /** One URL per line, in list order. */
    public void writeAcceptedUrls(AccountId owner, JobId job, Writer out) throws IOException {
        for (long from = 0; ; from += PAGE) {
            List<JobUrlStore.PositionedUrl> page = jobs.urls(owner, job, new UrlRange(from, from + PAGE));
            for (JobUrlStore.PositionedUrl url : page) {
                out.write(url.url());
                out.write('\n');
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        out.flush();
    }

    /** A header line, then line number, reason, detail and the line's text, tab-separated. */
    public void writeRejectedLines(AccountId owner, JobId job, Writer out) throws IOException {
        out.write("# line\treason\tdetail\ttext\n");
        for (long offset = 0; ; offset += PAGE) {
            List<JobUrlStore.RejectedLine> page = jobs.rejectedLines(owner, job, offset, PAGE);
            for (JobUrlStore.RejectedLine line : page) {
                out.write(line.lineNumber() + "\t" + line.reason() + "\t" + oneLine(line.detail()) + "\t"
                        + oneLine(line.text()) + "\n");
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        out.flush();
    }

    // A rejected line may hold tabs or stray CRs; the file keeps one record per line.
    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
