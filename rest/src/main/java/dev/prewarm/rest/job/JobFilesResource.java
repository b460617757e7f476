package dev.prewarm.rest.job;

import dev.prewarm.application.job.JobListFiles;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.job.JobId;
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
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A job's files for its owner: the accepted URL list ({@code FileId}) and the rejected lines
 * with their reasons ({@code FailedFileOss}). Streamed a page at a time, so a million-line list
 * is never in memory.
 */
@Path("jobs/{id}")
@RequestScoped
public class JobFilesResource {
    static final String TEXT = "text/plain;charset=utf-8";

    @Inject
    JobListFiles files;

    @Context
    ContainerRequestContext request;

    @GET
    @Path("urls")
    @Produces(TEXT)
    public StreamingOutput acceptedUrls(@PathParam("id") String id) {
        AccountId owner = owner();
        JobId job = JobId.of(id);
        files.ensureReadable(owner, job); // answers 403/404 before the stream starts
        return out -> files.writeAcceptedUrls(owner, job, writer(out));
    }

    @GET
    @Path("rejected-lines")
    @Produces(TEXT)
    public StreamingOutput rejectedLines(@PathParam("id") String id) {
        AccountId owner = owner();
        JobId job = JobId.of(id);
        files.ensureReadable(owner, job);
        return out -> files.writeRejectedLines(owner, job, writer(out));
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private AccountId owner() {
        return (AccountId) request.getProperty(AccessKeyAuthentication.ACCOUNT);
    }
}
