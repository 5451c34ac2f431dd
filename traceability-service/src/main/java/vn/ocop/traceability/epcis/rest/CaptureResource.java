package vn.ocop.traceability.epcis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.config.EpcisConfig;
import vn.ocop.traceability.epcis.service.CaptureService;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.contract.Roles;

import java.net.URI;
import java.util.UUID;

/**
 * EPCIS 2.0 capture interface (GS1 REST binding): an EPCISDocument in, 202 Accepted with the capture job's location
 * out; a document with any violation is rejected whole with a 400 problem listing them.
 */
@Path("/capture")
@Tag(name = "EPCIS capture")
public class CaptureResource {

    private final CaptureService captures;
    private final CallerProvider caller;
    private final EpcisConfig config;

    public CaptureResource(CaptureService captures, CallerProvider caller, EpcisConfig config) {
        this.captures = captures;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, Epcis.MEDIA_TYPE_LD_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.PARTNER, Roles.PROCESSOR, Roles.DISTRIBUTOR, Roles.RETAILER, Roles.ADMIN,
            Roles.COMMUNE_OFFICER, Roles.PROVINCE_ADMIN, Roles.MINISTRY})
    @Operation(summary = "Capture an EPCISDocument; every event must name a lot recorded here",
            description = "The caller's right on every lot the document names is checked first, before the document "
                    + "is validated: an inspecting bizStep only by the commune officer of the lot's commune, the "
                    + "province admin of its province or the ministry; every other event only by the lot's producer "
                    + "or an organisation it granted (/lots/{lotId}/grants, /products/{productId}/grants). One "
                    + "refused lot: 403, nothing stored.")
    public Response capture(String document) {
        CaptureJobView job = CaptureJobView.of(captures.capture(document, caller.current()));
        return Response.accepted().location(URI.create("/capture/" + job.captureId()))
                .header(Epcis.HEADER_EPCIS_VERSION, Epcis.VERSION)
                .header(Epcis.HEADER_CBV_VERSION, Epcis.CBV_VERSION)
                .header("GS1-EPCIS-Capture-Limit", config.captureLimit())
                .build();
    }

    @GET
    @Path("/{captureId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.PARTNER, Roles.PROCESSOR, Roles.DISTRIBUTOR, Roles.RETAILER, Roles.ADMIN,
            Roles.COMMUNE_OFFICER, Roles.PROVINCE_ADMIN, Roles.MINISTRY})
    @Operation(summary = "State of a capture job")
    public Response job(@PathParam("captureId") UUID captureId) {
        return Response.ok(CaptureJobView.of(captures.job(captureId)))
                .header(Epcis.HEADER_EPCIS_VERSION, Epcis.VERSION)
                .header(Epcis.HEADER_CBV_VERSION, Epcis.CBV_VERSION)
                .build();
    }
}
