package dev.prewarm.rest.problem;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers every error of the REST API as a problem, even one that no exception mapper sees. Jersey
 * refuses some requests in its servlet, before the application (headers it cannot read, such as
 * two {@code Content-Type} headers), and answers a bodiless error with {@code sendError}: the
 * server would fill both with its HTML error page. Mapped to {@code /api/v1/*} in web.xml.
 */
public class ProblemOnSendError implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new ProblemResponse((HttpServletResponse) response));
    }

    private static final class ProblemResponse extends HttpServletResponseWrapper {
        ProblemResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message); // too late for a body of our own
                return;
            }
            resetBuffer();
            setStatus(status);
            setContentType(Problem.MEDIA_TYPE);
            setCharacterEncoding(StandardCharsets.UTF_8.name());
            getWriter().write(ProblemMapper.forStatus(status).toJson());
            flushBuffer();
        }
    }
}
