package dev.prewarm.rest.admin.site;

import dev.prewarm.application.site.Sites;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteId;
import dev.prewarm.domain.site.SiteStatus;
import dev.prewarm.rest.admin.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Sites of an account: register, list, read, and change part of one (name, domains, status, profile). */
@Path("admin/accounts/{accountId}/sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SitesResource {
    @Inject
    Sites sites;

    /** {@code {name, domains, status?, profile?}}; status defaults to pending, profile fields to the defaults. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("accountId") String accountId, JsonValue body, @Context UriInfo uri) {
        AccountId owner = AccountId.of(accountId);
        SiteInput input = SiteInput.read(JsonInput.body(body));
        Site site = sites.register(
                owner,
                input.requiredName(),
                input.requiredDomains(),
                input.profileOver(RequestProfile.defaults()),
                input.status().orElse(SiteStatus.PENDING));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(site.id().toString()).build())
                .entity(SiteJson.from(site))
                .build();
    }

    @GET
    public List<SiteJson> list(@PathParam("accountId") String accountId) {
        return sites.list(AccountId.of(accountId)).stream().map(SiteJson::from).toList();
    }

    @GET
    @Path("{siteId}")
    public SiteJson get(@PathParam("accountId") String accountId, @PathParam("siteId") String siteId) {
        return SiteJson.from(sites.get(AccountId.of(accountId), SiteId.parse(siteId)));
    }

    /** Only the fields given change; a {@code profile} object is merged onto the current profile. */
    @PATCH
    @Path("{siteId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public SiteJson change(
            @PathParam("accountId") String accountId, @PathParam("siteId") String siteId, JsonValue body) {
        AccountId owner = AccountId.of(accountId);
        SiteId id = SiteId.parse(siteId);
        SiteInput input = SiteInput.read(JsonInput.body(body));
        return SiteJson.from(sites.change(owner, id, input::changesOf));
    }
}
