package vn.ocop.traceability.lot.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.lot.service.GrowingAreaService;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.net.URI;
import java.util.UUID;

/** Producers' growing areas (vùng nguyên liệu): register, read, replace, list. */
@Path("/growing-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Growing areas")
public class GrowingAreaResource {

    private final GrowingAreaService areas;
    private final CallerProvider caller;

    public GrowingAreaResource(GrowingAreaService areas, CallerProvider caller) {
        this.areas = areas;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Register a growing area of the caller's producer (admin: of any producer)")
    public Response register(@Valid @NotNull GrowingAreaRequest request) {
        GrowingAreaView view = GrowingAreaView.of(areas.register(request.toCommand(), caller.current()));
        return Response.created(URI.create("/growing-areas/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN, Roles.COMMUNE_OFFICER, Roles.PROVINCE_ADMIN, Roles.MINISTRY})
    @Operation(summary = "List growing areas, newest first (a producer sees only its own)")
    public Page<GrowingAreaView> list(@QueryParam("producerId") UUID producerId,
                                          @QueryParam("page") @DefaultValue("0") @Min(0)
                                          @Max(Page.MAX_PAGE) int page,
                                          @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1)
                                          @Max(Page.MAX_SIZE) int size) {
        return areas.list(producerId, page, size, caller.current()).map(GrowingAreaView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN, Roles.COMMUNE_OFFICER, Roles.PROVINCE_ADMIN, Roles.MINISTRY})
    @Operation(summary = "One growing area")
    public GrowingAreaView get(@PathParam("id") UUID id) {
        return GrowingAreaView.of(areas.get(id, caller.current()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Replace a growing area; the body's version must be the current one (else 409)")
    public GrowingAreaView replace(@PathParam("id") UUID id, @Valid @NotNull GrowingAreaRequest request) {
        return GrowingAreaView.of(areas.replace(id, request.toCommand(), caller.current()));
    }
}
