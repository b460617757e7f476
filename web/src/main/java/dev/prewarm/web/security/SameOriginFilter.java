package dev.prewarm.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses a state-changing request to the admin UI that a browser says came from another site:
 * {@code Sec-Fetch-Site} when the browser sends it, else the {@code Origin} header. This backs the
 * ViewState token, which already makes a forged post fail, and also covers requests that never
 * reach Faces (uploads, logout). Requests without either header (curl, old browsers) pass to the
 * ViewState check.
 */
@WebFilter(urlPatterns = {"/admin/*", "/login.xhtml"})
public class SameOriginFilter extends HttpFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || isSameOrigin(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused");
        }
    }

    static boolean isSameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        return sameHostAndPort(origin, request);
    }

    private static boolean sameHostAndPort(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && originHost != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
