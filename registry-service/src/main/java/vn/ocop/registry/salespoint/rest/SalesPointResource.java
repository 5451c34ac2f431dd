package vn.ocop.registry.salespoint.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageRequest;
import vn.ocop.contract.Roles;
import vn.ocop.registry.salespoint.SalesPoint;
import vn.ocop.registry.salespoint.SalesPointKind;
import vn.ocop.registry.salespoint.service.SalesPointService;

import java.util.UUID;

/** HTTP API of promotion and sales points and trade fairs. */
@Path("/sales-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sales points", description = "Promotion and sales points of OCOP products (điểm giới thiệu và bán "
        + "sản phẩm OCOP) and trade fairs, with the products they display")
public class SalesPointResource {

    private final SalesPointService service;

    public SalesPointResource(SalesPointService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Register a sales point or a fair", description = "A province admin registers those in its "
            + "province. A FAIR needs startsOn and endsOn.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. productIds[i] is not a product")
    @APIResponse(responseCode = "403", description = "A commune of another province")
    public Response register(@NotNull @Valid SalesPointRequest request, @Context UriInfo uri) {
        SalesPoint point = service.register(request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(point.id.toString()).build())
                .entity(SalesPointView.of(point)).build();
    }

    @GET
    @Operation(summary = "Search sales points and fairs", description = "q matches the name without regard to "
            + "diacritics; productId finds where a product is displayed.")
    public Page<SalesPointView> list(@QueryParam("q") String q,
                                     @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
                                     @QueryParam("commune") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
                                     @QueryParam("kind") SalesPointKind kind,
                                     @QueryParam("productId") @Parameter(description = "A product displayed there") UUID productId,
                                     @Valid @BeanParam PageRequest paging) {
        return service.list(q, province, commune, kind, productId, paging.page, paging.size).map(SalesPointView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a sales point or fair")
    @APIResponse(responseCode = "404", description = "No such sales point")
    public SalesPointView get(@PathParam("id") UUID id) {
        return SalesPointView.of(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Update a sales point or fair (send the version read)")
    @APIResponse(responseCode = "409", description = "stale-version")
    public SalesPointView update(@PathParam("id") UUID id, @NotNull @Valid SalesPointRequest request) {
        return SalesPointView.of(service.update(id, request.toCommand()));
    }
}
