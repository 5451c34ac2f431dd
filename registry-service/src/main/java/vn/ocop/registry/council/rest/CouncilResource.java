package vn.ocop.registry.council.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.council.service.CouncilService;
import vn.ocop.contract.Roles;

import java.util.List;
import java.util.UUID;

/** HTTP API of evaluation councils and their members' declared conflicts of interest. */
@Path("/councils")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "Councils", description = "Provincial and national evaluation councils (members, chair, conflicts)")
public class CouncilResource {

    private final CouncilService service;

    public CouncilResource(CouncilService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.MINISTRY})
    @Operation(summary = "Set up a council", description = "A province admin sets up a PROVINCIAL council of its "
            + "province; the ministry (or admin) the NATIONAL council that decides 5★. Members are named by their "
            + "token subject; exactly one is the chair.")
    @APIResponse(responseCode = "201", description = "Set up; Location names the council")
    @APIResponse(responseCode = "400", description = "No or several chairs, duplicate members, wrong province")
    @APIResponse(responseCode = "403", description = "Another province's council, or a national council set up "
            + "by a province")
    public Response create(@NotNull @Valid CouncilRequest request, @Context UriInfo uri) {
        CouncilView council = CouncilView.of(service.create(request.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(council.id().toString()).build())
                .entity(council).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List the councils the caller may see")
    @APIResponse(responseCode = "403", description = "Producers and commune officers do not read councils")
    public List<CouncilView> list() {
        return service.list().stream().map(CouncilView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Read a council with its members and declared conflicts")
    @APIResponse(responseCode = "404", description = "No such council, or not visible to the caller")
    public CouncilView get(@PathParam("id") UUID id) {
        return CouncilView.of(service.view(id));
    }

    @POST
    @Path("/{id}/conflicts")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.MINISTRY, Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER})
    @Operation(summary = "Declare a member's relation to a producer", description = "By the member itself or the "
            + "council's secretariat. The member then recuses from every scoring round on that producer's dossiers "
            + "and does not count towards the quorum.")
    @APIResponse(responseCode = "200", description = "Declared; the council with its conflicts")
    @APIResponse(responseCode = "409", description = "already-declared")
    public CouncilView declareConflict(@PathParam("id") UUID id, @NotNull @Valid ConflictRequest request) {
        return CouncilView.of(service.declareConflict(id, request.toCommand()));
    }
}
