package dev.prewarm.rest.job;

import dev.prewarm.application.account.AccessKeys;
import dev.prewarm.domain.account.AccountId;
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
 * The tenant side of the REST API ({@code /api/v1/jobs/...}) authenticates with an AccessKey
 * pair as HTTP Basic ({@code AccessKeyId:secret}); the account comes only from the key.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AccessKeyAuthentication implements ContainerRequestFilter {
    static final String ACCOUNT = "dev.prewarm.account";
    private static final String CHALLENGE = "Basic realm=\"prewarm\", charset=\"UTF-8\"";

    @Inject
    AccessKeys accessKeys;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("jobs/") || path.startsWith("/jobs/"))) {
            return;
        }
        Optional<AccountId> account = BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(credentials -> accessKeys.authenticate(credentials.username(), credentials.password()));
        if (account.isEmpty()) {
            request.abortWith(Problem.of(
                            401,
                            "InvalidCredentials",
                            "This API needs HTTP Basic credentials: an enabled AccessKeyId and its secret.")
                    .toResponseBuilder()
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .build());
        } else {
            request.setProperty(ACCOUNT, account.get());
        }
    }
}
