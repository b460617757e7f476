package dev.prewarm.web.viewer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How the admin UI's download links (a job's lists, a plan's results as CSV) refuse a request: the
 * reason as the answer's plain text with its status. {@code sendError} would show the server's own
 * HTML error page instead.
 */
public final class DownloadRefusal {
    private DownloadRefusal() {}

    public static void send(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(reason);
    }
}
