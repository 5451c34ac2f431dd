package vn.ocop.traceability.epcis.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** EPCIS events query by EPC: the events of the lot a Digital Link or lgtin URN names, as an EPCISQueryDocument. */
@Path("/events")
@Tag(name = "EPCIS query")
public class EventResource {

    private final EventQueryService queries;

    public EventResource(EventQueryService queries) {
        this.queries = queries;
    }

    @GET
    @PermitAll
    @Produces({Epcis.MEDIA_TYPE_LD_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Events of the lot an EPC names (Digital Link …/01/{gtin}/10/{lot} or urn:epc:class:lgtin:)")
    public Response byEpc(@QueryParam("epc") String epc,
                          @QueryParam("perPage") @DefaultValue(EventPages.PER_PAGE_DEFAULT) @Min(1)
                          @Max(EventPages.PER_PAGE_MAX) int perPage,
                          @QueryParam("nextPageToken") String nextPageToken,
                          @Context UriInfo uri) {
        return EventPages.respond(queries.eventsByEpc(epc, perPage, nextPageToken), uri);
    }
}
