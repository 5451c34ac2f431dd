package vn.ocop.traceability.lot.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.lot.service.PartyGrantService;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Party grants on one lot: the lot's producer lets a processor, distributor or retailer record events on it, and
 * revokes that right.
 */
@Path("/lots/{lotId}/grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lots")
public class LotGrantResource {

    private final PartyGrantService grants;
    private final CallerProvider caller;

    public LotGrantResource(PartyGrantService grants, CallerProvider caller) {
        this.grants = grants;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Grant an organisation the right to record value-chain events on this lot",
            description = "Only the lot's producer (or an admin). 409 duplicate-grant when the organisation already "
                    + "holds a grant in force on the lot.")
    public Response grant(@PathParam("lotId") UUID lotId, @Valid @NotNull GrantRequest request) {
        GrantView view = GrantViews.of(grants.grantOnLot(lotId, request.organisationId(),
                request.organisationName(), request.chainRole(), caller.current()));
        return Response.created(URI.create("/lots/" + lotId + "/grants/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN, Roles.COMMUNE_OFFICER, Roles.PROVINCE_ADMIN, Roles.MINISTRY})
    @Operation(summary = "Grants in force on the lot and on its product")
    public List<GrantView> list(@PathParam("lotId") UUID lotId) {
        return grants.onLot(lotId, caller.current()).stream().map(GrantViews::of).toList();
    }

    @DELETE
    @Path("/{grantId}")
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Revoke a grant on the lot (the organisation's events already recorded stay in the chain)")
    public Response revoke(@PathParam("lotId") UUID lotId, @PathParam("grantId") UUID grantId) {
        grants.revoke(null, lotId, grantId, caller.current());
        return Response.noContent().build();
    }
}
