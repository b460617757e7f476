package dev.prewarm.rest.admin.account;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.rest.admin.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An account's limits: read the ones in force, or replace its overrides of the defaults. */
@Path("admin/accounts/{accountId}/quota")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuotaResource {
    @Inject
    Accounts accounts;

    @GET
    public QuotaJson get(@PathParam("accountId") String accountId) {
        return QuotaJson.from(accounts.policyOfExisting(AccountId.of(accountId)));
    }

    /** Replaces all overrides: a field left out goes back to the default. Answers the limits now in force. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public QuotaJson replace(@PathParam("accountId") String accountId, JsonValue body) {
        AccountId id = AccountId.of(accountId);
        return QuotaJson.from(accounts.setQuota(id, QuotaJson.overrides(JsonInput.body(body))));
    }
}
