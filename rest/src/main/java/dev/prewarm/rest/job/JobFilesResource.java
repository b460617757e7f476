package dev.prewarm.rest.job;

import dev.prewarm.application.job.Jobs;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.job.JobUrlStore;
import dev.prewarm.domain.job.UrlRange;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A job's files for its owner: the accepted URL list ({@code FileId}) and the rejected lines
 * with their reasons ({@code FailedFileOss}). Streamed a page at a time, so a million-line list
 * is never in memory.
 */
@Path("jobs/{id}")
@RequestScoped
public class JobFilesResource {
    static final String TEXT = "text/plain;charset=utf-8";
    private static final int PAGE = 5_000;

    @Inject
    Jobs jobs;

    @Context
    ContainerRequestContext request;

    @GET
    @Path("urls")
    @Produces(TEXT)
    public StreamingOutput acceptedUrls(@PathParam("id") String id) {
        AccountId owner = owner();
        JobId job = JobId.of(id);
        jobs.get(owner, job); // answers 403/404 before the stream starts
        return out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (long from = 0; ; from += PAGE) {
                List<JobUrlStore.PositionedUrl> page = jobs.urls(owner, job, new UrlRange(from, from + PAGE));
                for (JobUrlStore.PositionedUrl url : page) {
                    writer.write(url.url());
                    writer.write('\n');
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            writer.flush();
        };
    }

    @GET
    @Path("rejected-lines")
    @Produces(TEXT)
    public StreamingOutput rejectedLines(@PathParam("id") String id) {
        AccountId owner = owner();
        JobId job = JobId.of(id);
        jobs.get(owner, job);
        return out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write("# line\treason\tdetail\ttext\n");
            for (long offset = 0; ; offset += PAGE) {
                List<JobUrlStore.RejectedLine> page = jobs.rejectedLines(owner, job, offset, PAGE);
                for (JobUrlStore.RejectedLine line : page) {
                    writer.write(line.lineNumber() + "\t" + line.reason() + "\t" + oneLine(line.detail()) + "\t"
                            + oneLine(line.text()) + "\n");
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            writer.flush();
        };
    }

    private AccountId owner() {
        return (AccountId) request.getProperty(AccessKeyAuthentication.ACCOUNT);
    }

    // A rejected line may hold tabs or stray CRs; the file keeps one record per line.
    private static String oneLine(String text) {
        return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
