package dev.prewarm.web.job;

import dev.prewarm.application.job.JobListFiles;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.job.JobId;
import dev.prewarm.web.viewer.DownloadRefusal;
import dev.prewarm.web.viewer.Workspace;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;

/**
 * The job's accepted URL list or rejected lines as a text file, for the signed-in user (the
 * /admin security constraint applies) and only from the account they work in.
 */
@WebServlet("/admin/jobs/file")
public class JobFileServlet extends HttpServlet {
    @Inject
    JobListFiles files;

    @Inject
    Workspace workspace;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String list = request.getParameter("list");
        if (!"urls".equals(list) && !"rejected".equals(list)) {
            DownloadRefusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "list must be urls or rejected");
            return;
        }
        AccountId owner = workspace.account().orElse(null);
        JobId job;
        try {
            job = JobId.of(request.getParameter("id"));
            if (owner == null) {
                DownloadRefusal.send(
                        response, HttpServletResponse.SC_NOT_FOUND, "No account chosen: open the job from its page");
                return;
            }
            files.ensureReadable(owner, job);
        } catch (PrewarmException | IllegalArgumentException | NullPointerException notHers) {
            DownloadRefusal.send(response, HttpServletResponse.SC_NOT_FOUND, "No such job in this account");
            return;
        }
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + job.value() + "-" + list + ".txt\"");
        Writer out = response.getWriter();
        if ("urls".equals(list)) {
            files.writeAcceptedUrls(owner, job, out);
        } else {
            files.writeRejectedLines(owner, job, out);
        }
    }
}
