package vn.ocop.registry.linkage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.linkage.service.LinkageService;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageRequest;
import vn.ocop.contract.Roles;

import java.util.UUID;

/** HTTP API of a product's declared value-chain linkage contracts. */
@Path("/products/{id}/linkage-contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MINISTRY, Roles.PROVINCE_ADMIN, Roles.COMMUNE_OFFICER, Roles.PRODUCER})
@SecurityRequirement(name = "jwt")
@Tag(name = "Value-chain linkage", description = "A product is linked in a value chain on a day when it has a "
        + "linkage contract valid that day, or a lot whose traceability chain has events of at least two parties "
        + "(reported by the traceability service) on or before that day.")
public class LinkageContractResource {

    private final LinkageService service;

    public LinkageContractResource(LinkageService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.COMMUNE_OFFICER, Roles.PRODUCER})
    @Operation(summary = "Declare a linkage contract", description = "A producer for its own products; officers and "
            + "province admins for those of their area.")
    @APIResponse(responseCode = "201", description = "Declared")
    public Response declare(@PathParam("id") UUID productId, @NotNull @Valid LinkageContractRequest request) {
        return Response.status(201).entity(LinkageContractView.of(service.declare(productId, request.toCommand()))).build();
    }

    @GET
    @Operation(summary = "A product's linkage contracts")
    public Page<LinkageContractView> list(@PathParam("id") UUID productId, @Valid @BeanParam PageRequest paging) {
        return service.contracts(productId, paging.page, paging.size).map(LinkageContractView::of);
    }
}
