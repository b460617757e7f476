package dev.prewarm.rest.admin;

import dev.prewarm.application.audit.AuditActor;
import dev.prewarm.application.user.UserAuthentication;
import dev.prewarm.domain.audit.ActorKind;
import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.user.Role;
import dev.prewarm.domain.user.User;
import dev.prewarm.rest.auth.BasicCredentials;
import dev.prewarm.rest.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * HTTP Basic for everything under {@code admin/}: an enabled user with the admin role, or 401 / 403
 * as problem+json. Pre-matching and by path rather than name-bound, so that an unknown admin path
 * answers 401 to a stranger instead of revealing which paths exist.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AdminAuthentication implements ContainerRequestFilter {
    static final String CHALLENGE = "Basic realm=\"prewarm-admin\", charset=\"UTF-8\"";

    @Inject
    UserAuthentication authentication;

    @Inject
    AuditActor auditActor;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isAdminPath(request.getUriInfo().getPath())) {
            return;
        }
        Optional<User> user = BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(credentials -> authentication.authenticate(credentials.username(), credentials.password()));
        if (user.isEmpty()) {
            request.abortWith(Problem.of(
                            401, "InvalidCredentials", "The admin API needs HTTP Basic credentials of an enabled user.")
                    .toResponseBuilder()
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .build());
        } else if (user.get().role() != Role.ADMIN) {
            request.abortWith(Problem.of(
                            403,
                            ErrorCode.PERMISSION_DENIED.codeTemplate(),
                            "The admin API is for users with the admin role.")
                    .toResponse());
        } else {
            auditActor.is(ActorKind.REST_ADMIN, user.get().username().value());
        }
    }

    static boolean isAdminPath(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("admin") || relative.startsWith("admin/");
    }
}
