package vn.ocop.registry.producer.rest;

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
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.ProducerType;
import vn.ocop.registry.producer.service.ProducerService;

import java.util.UUID;

/** HTTP API of producers: register, read, search and update. */
@Path("/producers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Producers", description = "Enterprises, cooperatives, cooperative groups and household businesses")
public class ProducerResource {

    private final ProducerService service;
    private final CallerProvider caller;

    public ProducerResource(ProducerService service, CallerProvider caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COMMUNE_OFFICER})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Register a producer")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new producer")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json lists them)")
    @APIResponse(responseCode = "409", description = "Tax code already registered")
    public Response register(@NotNull @Valid ProducerRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Producer producer = service.register(request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(producer.id.toString()).build())
                .entity(ProducerView.of(producer)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a producer", description = "Tax code, contact name, phone and e-mail are shown only "
            + "to the producer itself and staff whose scope covers it (its commune officer, its province admin, "
            + "ministry, admin); otherwise they are null.")
    @APIResponse(responseCode = "404", description = "No such producer")
    public ProducerView get(@PathParam("id") UUID id) {
        return ProducerView.forCaller(service.get(id), caller.current());
    }

    @GET
    @Operation(summary = "Search producers", description = "q matches the name without regard to diacritics; tax "
            + "code and contact details only for the callers who may see them (see GET /producers/{id})")
    public Page<ProducerView> list(@QueryParam("q") @Parameter(description = "Name contains (diacritics-insensitive)") String q,
                                   @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
                                   @QueryParam("commune") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String commune,
                                   @QueryParam("type") ProducerType type,
                                   @Valid @BeanParam PageRequest paging) {
        Caller who = caller.current();
        return service.list(q, province, commune, type, paging.page, paging.size)
                .map(p -> ProducerView.forCaller(p, who));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMMUNE_OFFICER})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Update a producer")
    @APIResponse(responseCode = "404", description = "No such producer")
    @APIResponse(responseCode = "409", description = "Concurrent change or duplicate tax code")
    public ProducerView update(@PathParam("id") UUID id, @NotNull @Valid ProducerRequest request) {
        return ProducerView.of(service.update(id, request.toCommand()));
    }
}
