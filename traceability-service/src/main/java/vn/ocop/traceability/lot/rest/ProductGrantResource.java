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

/** Party grants on every lot of a product, present and future: granted and revoked by the product's producer. */
@Path("/products/{productId}/grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lots")
public class ProductGrantResource {

    private final PartyGrantService grants;
    private final CallerProvider caller;

    public ProductGrantResource(PartyGrantService grants, CallerProvider caller) {
        this.grants = grants;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Grant an organisation the right to record value-chain events on every lot of the product",
            description = "Only the product's producer (or an admin). 409 duplicate-grant when the organisation "
                    + "already holds a product grant in force.")
    public Response grant(@PathParam("productId") UUID productId, @Valid @NotNull GrantRequest request) {
        GrantView view = GrantViews.of(grants.grant(productId, null, request.organisationId(),
                request.organisationName(), request.chainRole(), caller.current()));
        return Response.created(URI.create("/products/" + productId + "/grants/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN, Roles.COMMUNE_OFFICER, Roles.PROVINCE_ADMIN, Roles.MINISTRY})
    @Operation(summary = "Grants in force on the whole product")
    public List<GrantView> list(@PathParam("productId") UUID productId) {
        return grants.onProduct(productId, caller.current()).stream().map(GrantViews::of).toList();
    }

    @DELETE
    @Path("/{grantId}")
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Revoke a product grant")
    public Response revoke(@PathParam("productId") UUID productId, @PathParam("grantId") UUID grantId) {
        grants.revoke(productId, null, grantId, caller.current());
        return Response.noContent().build();
    }
}
