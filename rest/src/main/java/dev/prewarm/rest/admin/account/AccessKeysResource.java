package dev.prewarm.rest.admin.account;

import dev.prewarm.application.account.AccessKeys;
import dev.prewarm.application.account.AccessKeys.IssuedAccessKey;
import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.account.AccountId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** AccessKey pairs of an account: issue (the secret is in that response only), list, disable, enable, delete. */
@Path("admin/accounts/{accountId}/access-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccessKeysResource {
    @Inject
    AccessKeys keys;

    @POST
    public Response issue(@PathParam("accountId") String accountId, @Context UriInfo uri) {
        IssuedAccessKey issued = keys.issue(AccountId.of(accountId));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(issued.key().id().value())
                        .build())
                // The secret must not linger in a shared cache.
                .header("Cache-Control", "no-store")
                .entity(IssuedAccessKeyJson.from(issued))
                .build();
    }

    @GET
    public List<AccessKeyJson> list(@PathParam("accountId") String accountId) {
        return keys.list(AccountId.of(accountId)).stream()
                .map(AccessKeyJson::from)
                .toList();
    }

    @POST
    @Path("{keyId}/disable")
    public AccessKeyJson disable(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        return AccessKeyJson.from(keys.disable(AccountId.of(accountId), AccessKeyId.of(keyId)));
    }

    @POST
    @Path("{keyId}/enable")
    public AccessKeyJson enable(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        return AccessKeyJson.from(keys.enable(AccountId.of(accountId), AccessKeyId.of(keyId)));
    }

    @DELETE
    @Path("{keyId}")
    public Response delete(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        keys.delete(AccountId.of(accountId), AccessKeyId.of(keyId));
        return Response.noContent().build();
    }
}
