package vn.ocop.traceability.epcis.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.service.EventQueryService;

import java.util.UUID;

/** A lot's whole value chain as one EPCIS 2.0 JSON-LD document. */
@Path("/lots/{lotId}/epcis")
@Tag(name = "EPCIS query")
public class LotExportResource {

    private final EventQueryService queries;

    public LotExportResource(EventQueryService queries) {
        this.queries = queries;
    }

    @GET
    @PermitAll
    @Produces(Epcis.MEDIA_TYPE_LD_JSON)
    @Operation(summary = "Export the lot's chain as an EPCISDocument")
    public Response export(@PathParam("lotId") UUID lotId) {
        return Response.ok(queries.export(lotId), Epcis.MEDIA_TYPE_LD_JSON)
                .header(Epcis.HEADER_EPCIS_VERSION, Epcis.VERSION)
                .header(Epcis.HEADER_CBV_VERSION, Epcis.CBV_VERSION)
                .build();
    }
}
