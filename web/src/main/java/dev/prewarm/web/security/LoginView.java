package dev.prewarm.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import dev.prewarm.application.user.LoginThrottle;
import dev.prewarm.web.viewer.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The sign-in form (login.xhtml). */
@Named
@RequestScoped
public class LoginView {
    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    UiMessages messages;

    private String username;
    private String password;
    private String next;

    /** Where the visitor was going: the login page is reached with ?next=… from a protected page. */
    @PostConstruct
    void rememberWhereTheVisitorWasGoing() {
        String asked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("next");
        if (next == null && asked != null) {
            next = asked;
        }
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Optional<Duration> wait = throttle.waitBefore(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            messages.error(
                    "login:password", "login.throttled", Math.max(1, wait.get().toSeconds()));
            return;
        }
        // A new session id before the identity is bound to the session: an id planted by an attacker
        // before the sign-in never becomes an authenticated one.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS, SEND_CONTINUE -> {
                throttle.succeeded(username);
                external.redirect(external.getRequestContextPath() + safeNext());
            }
            default -> {
                throttle.failed(username, request.getRemoteAddr());
                messages.error("login:password", "login.failed");
            }
        }
    }

    /** Only a page of the admin UI on this server: never an address elsewhere (open redirect). */
    private String safeNext() {
        boolean local = next != null && next.startsWith("/admin/") && !next.contains("//") && !next.contains("\\");
        return local ? next : "/admin/";
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
