package dev.prewarm.rest.admin.user;

import dev.prewarm.application.user.Users;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.MissingParameterException;
import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.Username;
import dev.prewarm.rest.admin.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/** People who sign in to the admin UI: operators ({@code accountId} absent) and members of one account. */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
    private static final Set<String> FIELDS = Set.of("username", "password", "accountId");

    @Inject
    Users users;

    /** {@code {username, password, accountId?}}; the password is never returned. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonValue body, @Context UriInfo uri) {
        JsonInput input = JsonInput.body(body).allowOnly(FIELDS);
        Username username =
                Username.of(input.string("username").orElseThrow(() -> MissingParameterException.of("Username")));
        String password = input.string("password").orElseThrow(() -> MissingParameterException.of("Password"));
        User user = users.add(username, password, input.string("accountId").map(AccountId::of));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(username.value()).build())
                .entity(UserJson.from(user))
                .build();
    }

    @GET
    public List<UserJson> list() {
        return users.list().stream().map(UserJson::from).toList();
    }

    /** A user as the admin API shows it: no password hash. */
    public record UserJson(String username, String role, String accountId, boolean enabled) {
        static UserJson from(User user) {
            return new UserJson(
                    user.username().value(),
                    user.role().wireName(),
                    user.accountId().map(AccountId::value).orElse(null),
                    user.isEnabled());
        }
    }
}
