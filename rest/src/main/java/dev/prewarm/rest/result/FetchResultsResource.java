package dev.prewarm.rest.result;

import dev.prewarm.application.result.FetchResults;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.MissingParameterException;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.result.ResultPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/jobs/{id}/results}: a plan's results ({@code ?planId=…&outcome=…}), the job's
 * URLs with their last outcome ({@code /urls}) and one URL's history ({@code /urls/{position}}).
 * Under {@code jobs/}, so the AccessKey filter has authenticated the caller and named the account.
 */
@Path("jobs/{id}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FetchResultsResource {
    /** The request property the AccessKey filter ({@code rest.job.AccessKeyAuthentication}) sets. */
    private static final String ACCOUNT = "dev.prewarm.account";

    static final int MAX_PAGE_SIZE = 1_000;

    @Inject
    FetchResults results;

    @Context
    ContainerRequestContext request;

    public record Page(long total, int page, int pageSize, List<ResultJson> results) {}

    @GET
    public Page ofPlan(
            @PathParam("id") String jobId,
            @QueryParam("planId") String planId,
            @QueryParam("outcome") String outcome,
            @QueryParam("page") @DefaultValue("1") String pageText,
            @QueryParam("pageSize") @DefaultValue("100") String pageSizeText) {
        if (planId == null || planId.isBlank()) {
            throw MissingParameterException.of("planId");
        }
        int page = page(pageText);
        int pageSize = pageSize(pageSizeText);
        ResultPage found =
                results.ofPlan(owner(), JobId.of(jobId), PlanId.of(planId), outcome(outcome), page, pageSize);
        return new Page(
                found.total(),
                page,
                pageSize,
                found.results().stream().map(ResultJson::from).toList());
    }

    @GET
    @Path("urls")
    public List<UrlOutcomeJson> urls(
            @PathParam("id") String jobId,
            @QueryParam("page") @DefaultValue("1") String pageText,
            @QueryParam("pageSize") @DefaultValue("100") String pageSizeText) {
        int page = page(pageText);
        int pageSize = pageSize(pageSizeText);
        return results.urlsOf(owner(), JobId.of(jobId), page, pageSize).stream()
                .map(UrlOutcomeJson::from)
                .toList();
    }

    @GET
    @Path("urls/{position}")
    public List<ResultJson> url(@PathParam("id") String jobId, @PathParam("position") String positionText) {
        long position = wholeNumber("position", positionText, "the position of a URL in its job, from 0");
        return results.ofUrl(owner(), JobId.of(jobId), position).stream()
                .map(ResultJson::from)
                .toList();
    }

    private static Optional<FetchOutcome> outcome(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(FetchOutcome.values())
                .filter(outcome -> outcome.wireName().equals(text))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException(
                        "outcome", "'" + text + "' is not one of " + Arrays.toString(FetchOutcome.values()))));
    }

    private static int page(String text) {
        long page = wholeNumber("page", text, "pages are numbered from 1");
        if (page < 1 || page > Integer.MAX_VALUE) {
            throw new InvalidParameterException("page", "pages are numbered from 1, got " + text);
        }
        return (int) page;
    }

    private static int pageSize(String text) {
        long pageSize = wholeNumber("pageSize", text, "must be 1 to " + MAX_PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidParameterException("pageSize", "must be 1 to " + MAX_PAGE_SIZE + ", got " + text);
        }
        return (int) pageSize;
    }

    /**
     * A query or path value that must be a whole number. Taken as text, not as a JAX-RS {@code int}:
     * a value that does not convert would otherwise be answered 404, as if the path were unknown.
     */
    private static long wholeNumber(String name, String text, String expected) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, expected + ", got '" + text + "'");
        }
    }

    private AccountId owner() {
        return (AccountId) request.getProperty(ACCOUNT);
    }
}
