package dev.prewarm.web.plan;

import dev.prewarm.application.plan.PlanScheduling;
import dev.prewarm.application.result.FetchResults;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.fetch.FetchOutcome;
import dev.prewarm.domain.fetch.FetchResult;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.domain.plan.PlanId;
import dev.prewarm.domain.result.StoredResult;
import dev.prewarm.web.viewer.DownloadRefusal;
import dev.prewarm.web.viewer.Workspace;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * A plan's per-URL results as CSV (RFC 4180), optionally of one outcome, for the signed-in user
 * and only from the account they work in. Written a page at a time.
 */
@WebServlet("/admin/plans/results.csv")
public class PlanResultsCsvServlet extends HttpServlet {
    static final int PAGE = 5_000;
    static final String HEADER =
            "batch,position,url,target,variant,outcome,http_status,cache_status,bytes,ttfb_ms,total_ms,attempts,error,fetched_at";

    @Inject
    FetchResults results;

    @Inject
    PlanScheduling plans;

    @Inject
    Workspace workspace;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AccountId> owner = workspace.account();
        PlanId plan;
        JobId job;
        Optional<FetchOutcome> outcome;
        String wanted = request.getParameter("outcome");
        try {
            outcome =
                    wanted == null || wanted.isBlank() ? Optional.empty() : Optional.of(FetchOutcome.fromWire(wanted));
        } catch (IllegalArgumentException unknown) {
            // Not "no such plan": the plan may well exist; the filter is what is wrong.
            DownloadRefusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "No outcome '" + wanted + "'");
            return;
        }
        try {
            plan = PlanId.of(request.getParameter("id"));
            if (owner.isEmpty()) {
                DownloadRefusal.send(
                        response, HttpServletResponse.SC_NOT_FOUND, "No account chosen: open the plan from its page");
                return;
            }
            job = plans.get(owner.get(), plan).jobId();
        } catch (PrewarmException | IllegalArgumentException | NullPointerException bad) {
            DownloadRefusal.send(response, HttpServletResponse.SC_NOT_FOUND, "No such plan in this account");
            return;
        }
        response.setContentType("text/csv;charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + plan.value() + "-results.csv\"");
        PrintWriter out = response.getWriter();
        out.print(HEADER + "\r\n");
        for (int page = 1; ; page++) {
            List<StoredResult> rows =
                    results.ofPlan(owner.get(), job, plan, outcome, page, PAGE).results();
            rows.forEach(row -> out.print(line(row)));
            if (rows.size() < PAGE) {
                break;
            }
        }
        out.flush();
    }

    static String line(StoredResult row) {
        FetchResult f = row.fetch();
        return String.join(
                        ",",
                        Long.toString(row.batchNo()),
                        Long.toString(f.urlPosition()),
                        quoted(row.url()),
                        quoted(f.target()),
                        quoted(f.variant()),
                        f.outcome().wireName(),
                        Integer.toString(f.httpStatus()),
                        quoted(String.valueOf(f.cacheStatus())),
                        Long.toString(f.bytes()),
                        Long.toString(f.ttfbMillis()),
                        Long.toString(f.totalMillis()),
                        Integer.toString(f.attempts()),
                        quoted(f.error() == null ? "" : f.error()),
                        row.fetchedAt().toString())
                + "\r\n";
    }

    /** Every text field quoted, inner quotes doubled; a leading =+-@ is defused for spreadsheets. */
    static String quoted(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
