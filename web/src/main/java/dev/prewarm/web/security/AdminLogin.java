package dev.prewarm.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Who may see the admin UI. Our own Faces login page (themed, translated, says why a sign-in
 * failed) posts the credentials through {@code SecurityContext.authenticate}; the identity is then
 * kept in the session. Every path under /admin needs that session: without it the request is
 * redirected to the login page, which returns there afterwards. This mechanism, not a web.xml
 * security-constraint, guards /admin (see web.xml for why); everything else is left alone.
 */
@AutoApplySession
@DeclareRoles({"admin", "user"})
@ApplicationScoped
public class AdminLogin implements HttpAuthenticationMechanism {
    @Inject
    IdentityStoreHandler identities;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identities.validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : AuthenticationStatus.SEND_FAILURE;
        }
        if (isAdminPage(request)) {
            // Reached only without a signed-in session: @AutoApplySession answers for those.
            return redirectToLogin(request, response);
        }
        return context.doNothing();
    }

    private static boolean isAdminPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        String target =
                request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        boolean page = "GET".equals(request.getMethod());
        String login = request.getContextPath() + "/login.xhtml"
                + (page ? "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8) : "");
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // An ajax post (signed out in another tab) ignores an HTTP redirect: the button
                // would do nothing. Faces' own partial-response redirect takes the page there.
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + login.replace("&", "&amp;")
                                        .replace("\"", "&quot;")
                                        .replace("<", "&lt;")
                                + "\"/></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not redirect to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
