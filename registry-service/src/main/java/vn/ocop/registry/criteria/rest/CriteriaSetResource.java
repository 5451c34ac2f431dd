package vn.ocop.registry.criteria.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.ocop.registry.criteria.service.CriteriaSetService;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.util.List;

/** HTTP API of criteria sets: an admin publishes a new version; anyone reads the current or any older version. */
@Path("/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria sets", description = "Versioned 148/QĐ-TTg criteria sets (parts A 40, B 25, C 35 points) "
        + "per product group")
public class CriteriaSetResource {

    private final CriteriaSetService service;
    private final CallerProvider caller;

    public CriteriaSetResource(CriteriaSetService service, CallerProvider caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Publish a new version of a group's criteria set", description = "The whole set: exactly "
            + "parts A (40 points), B (25) and C (35), each worth the sum of its criteria maxima (a criterion's "
            + "maximum is its best option); part, section and criterion codes unique in the set, option codes "
            + "unique in their criterion; every criterion has at least 2 options with points >= 0. A criterion with "
            + "mandatoryForStars N is failed exactly when the picked option has failsMandatory: true (points play "
            + "no part), and a product failing it cannot get N stars or more; such a criterion needs at least one "
            + "failing and one passing option, and failsMandatory is refused elsewhere. The set becomes version "
            + "(previous + 1) of its group and the current one; earlier versions stay readable and never change.")
    @APIResponse(responseCode = "201", description = "Published; Location names the new version")
    @APIResponse(responseCode = "400", description = "Invalid structure; errors[].field names the part, section, "
            + "criterion or option at fault")
    @APIResponse(responseCode = "409", description = "unchanged: identical to the current version")
    public Response publish(@NotNull @Valid CriteriaSetRequest request, @Context UriInfo uri) {
        CriteriaSetView set = CriteriaSetView.of(service.publish(request.toCommand(), caller.current().actor()));
        return Response.created(uri.getAbsolutePathBuilder().path(set.groupCode()).path("versions")
                .path(Integer.toString(set.version())).build()).entity(set).build();
    }

    @GET
    @Operation(summary = "List published versions, newest first", description = "Without group, the versions of "
            + "every group (by group code, newest first within a group).")
    public List<CriteriaSetSummary> list(@QueryParam("group") @Parameter(description = "A product group code",
            example = "HERBAL") String group) {
        return service.versions(group).stream().map(CriteriaSetSummary::of).toList();
    }

    @GET
    @Path("/{groupCode}/current")
    @Operation(summary = "Read the current (latest published) version of a group's set")
    @APIResponse(responseCode = "404", description = "The group has no published set")
    public CriteriaSetView current(@PathParam("groupCode") String groupCode) {
        return CriteriaSetView.of(service.currentFor(groupCode));
    }

    @GET
    @Path("/{groupCode}/versions/{version}")
    @Operation(summary = "Read one version of a group's set")
    @APIResponse(responseCode = "404", description = "No such version")
    public CriteriaSetView version(@PathParam("groupCode") String groupCode, @PathParam("version") int version) {
        return CriteriaSetView.of(service.version(groupCode, version));
    }
}
