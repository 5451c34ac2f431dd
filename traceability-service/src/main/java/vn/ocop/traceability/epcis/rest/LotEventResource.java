package vn.ocop.traceability.epcis.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.service.EventQueryService;
import vn.ocop.traceability.epcis.service.StepService;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.net.URI;
import java.util.UUID;

/** A lot's events: read them page by page, or record a value-chain step with a simple form. */
@Path("/lots/{lotId}/events")
@Tag(name = "EPCIS query")
public class LotEventResource {

    private final EventQueryService queries;
    private final StepService steps;
    private final CallerProvider caller;

    public LotEventResource(EventQueryService queries, StepService steps, CallerProvider caller) {
        this.queries = queries;
        this.steps = steps;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Produces({Epcis.MEDIA_TYPE_LD_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "The lot's events in chain order, as an EPCISQueryDocument (next page in the Link header)")
    public Response events(@PathParam("lotId") UUID lotId,
                           @QueryParam("perPage") @DefaultValue(EventPages.PER_PAGE_DEFAULT) @Min(1)
                           @Max(EventPages.PER_PAGE_MAX) int perPage,
                           @QueryParam("nextPageToken") String nextPageToken,
                           @Context UriInfo uri) {
        return EventPages.respond(queries.lotEvents(lotId, perPage, nextPageToken), uri);
    }

    @POST
    @Path("/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.PARTNER, Roles.PROCESSOR, Roles.DISTRIBUTOR, Roles.RETAILER, Roles.ADMIN,
            Roles.COMMUNE_OFFICER, Roles.PROVINCE_ADMIN, Roles.MINISTRY})
    @Operation(summary = "Record a step (harvest, processing, packing, shipping, receiving, inspection) as an EPCIS "
            + "event", description = "Harvest: the lot's producer. Processing, packing, shipping, receiving: the producer "
            + "or an organisation the producer granted on the lot or its product (see /lots/{lotId}/grants). "
            + "Inspection: the commune officer of the lot's commune, the province admin of its province or the "
            + "ministry. Anyone else: 403.")
    public Response record(@PathParam("lotId") UUID lotId, @PathParam("step") String step,
                           @Valid StepRequest request) {
        RecordedEvent event = RecordedEvent.of(steps.record(lotId, step, request == null ? null : request.toCommand(),
                caller.current()));
        return Response.created(URI.create("/lots/" + lotId + "/events")).entity(event).build();
    }
}
