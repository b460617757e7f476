package dev.prewarm.web.security;

import dev.prewarm.application.audit.AuditActor;
import dev.prewarm.domain.audit.ActorKind;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Names the signed-in user as the actor of every admin UI request, so a change made from a page is
 * audited under their username. The container has authenticated the request before filters run.
 */
@WebFilter(urlPatterns = "/admin/*")
public class UiAuditActor extends HttpFilter {
    @Inject
    AuditActor actor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        if (user != null) {
            actor.is(ActorKind.UI, user.getName());
        }
        chain.doFilter(request, response);
    }
}
