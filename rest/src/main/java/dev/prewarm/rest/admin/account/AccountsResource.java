package dev.prewarm.rest.admin.account;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.error.MissingParameterException;
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

/** Opening and listing accounts. */
@Path("admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {
    private static final Set<String> FIELDS = Set.of("id", "name");

    @Inject
    Accounts accounts;

    /** {@code {id?, name}}: without an id, a random 16-digit one is chosen. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(JsonValue body, @Context UriInfo uri) {
        JsonInput input = JsonInput.body(body).allowOnly(FIELDS);
        String name = input.string("name").orElseThrow(() -> MissingParameterException.of("Name"));
        Account account = accounts.open(input.string("id").orElse(null), name);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(account.id().value()).build())
                .entity(AccountJson.from(account))
                .build();
    }

    @GET
    public List<AccountJson> list() {
        return accounts.list().stream().map(AccountJson::from).toList();
    }
}
