package vn.ocop.registry.programme.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.ocop.contract.Roles;
import vn.ocop.registry.programme.service.TargetService;

import java.util.List;
import java.util.UUID;

/** HTTP API of provincial programme targets (the class path keeps them apart from {@code /provinces}). */
@Path("/provinces/{code}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Programme targets of a province per period, with live progress")
public class TargetResource {

    private final TargetService service;

    public TargetResource(TargetService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MINISTRY, Roles.PROVINCE_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "The province's targets with live progress", description = "Each target's `current` is the "
            + "indicator computed now for the province over the target's period (up to today).")
    @APIResponse(responseCode = "403", description = "Another province")
    public List<TargetView> list(@PathParam("code") String code,
                                 @QueryParam("period") @Parameter(description = "YYYY, YYYY-YYYY or start/end ISO "
                                         + "dates; only targets of exactly that period") String period) {
        return service.list(code, period).stream().map(TargetView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MINISTRY, Roles.PROVINCE_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Define a target")
    @APIResponse(responseCode = "201", description = "Defined, with its progress")
    @APIResponse(responseCode = "409", description = "The indicator has a target for this period already")
    public Response define(@PathParam("code") String code, @NotNull @Valid TargetRequest request,
                           @Context UriInfo uri) {
        TargetView target = TargetView.of(service.define(code, request.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(target.id().toString()).build()).entity(target)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MINISTRY, Roles.PROVINCE_ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change a target (send the version read)")
    @APIResponse(responseCode = "409", description = "stale-version or duplicate-target")
    public TargetView change(@PathParam("code") String code, @PathParam("id") UUID id,
                             @NotNull @Valid TargetRequest request) {
        return TargetView.of(service.change(code, id, request.toCommand()));
    }
}
