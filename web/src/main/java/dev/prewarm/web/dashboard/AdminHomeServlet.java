package dev.prewarm.web.dashboard;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /admin and /admin/ lead to the dashboard. Not a welcome file: a welcome-file list would apply to
 * the web root too, where the ESA RPC endpoint answers.
 */
@WebServlet({"/admin", "/admin/"})
public class AdminHomeServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/admin/index.xhtml");
    }
}
