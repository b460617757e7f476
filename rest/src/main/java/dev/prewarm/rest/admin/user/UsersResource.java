package dev.prewarm.rest.admin.user;

import dev.prewarm.application.user.Users;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.MissingParameterException;
import dev.prewarm.domain.user.Role;
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
import java.util.Optional;
import java.util.Set;

/**
 * People who sign in to the admin UI: members of one account ({@code accountId}) and operators
 * ({@code "role": "admin"}, no account). An operator is only made when asked for by name: a body
 * that merely forgot its {@code accountId} must not hand out the whole installation.
 */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
    private static final Set<String> FIELDS = Set.of("username", "password", "accountId", "role");

    @Inject
    Users users;

    /** {@code {username, password, accountId}} or {@code {username, password, role: "admin"}}; the password is never returned. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonValue body, @Context UriInfo uri) {
        JsonInput input = JsonInput.body(body).allowOnly(FIELDS);
        Username username =
                Username.of(input.string("username").orElseThrow(() -> MissingParameterException.of("Username")));
        String password = input.string("password").orElseThrow(() -> MissingParameterException.of("Password"));
        User user = users.add(username, password, accountOf(input));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(username.value()).build())
                .entity(UserJson.from(user))
                .build();
    }

    /** The account of a user, or none for an operator; {@code role}, when given, must agree. */
    private static Optional<AccountId> accountOf(JsonInput input) {
        Optional<AccountId> account = input.string("accountId").map(AccountId::of);
        Optional<String> role = input.string("role");
        if (role.isEmpty() || role.get().equals(Role.USER.wireName())) {
            return Optional.of(account.orElseThrow(() -> MissingParameterException.of("AccountId")));
        }
        if (!role.get().equals(Role.ADMIN.wireName())) {
            throw new InvalidParameterException(
                    "Role",
                    "must be '" + Role.ADMIN.wireName() + "' or '" + Role.USER.wireName() + "', got '" + role.get()
                            + "'");
        }
        if (account.isPresent()) {
            throw new InvalidParameterException("AccountId", "an operator (role admin) belongs to no account");
        }
        return Optional.empty();
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
