package vn.ocop.traceability.scan.rest;

import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.platform.http.Negotiation;
import vn.ocop.traceability.digitallink.DigitalLinkUri;
import vn.ocop.traceability.digitallink.DigitalLinkParser;
import vn.ocop.traceability.scan.ScanPageRenderer;
import vn.ocop.traceability.scan.service.ScanService;
import vn.ocop.traceability.serial.SerialVerifier;
import vn.ocop.traceability.trace.ScanAnswer;

import java.time.Clock;
import java.util.Optional;

/**
 * The consumer scan page, the default link of every Digital Link URI: {@code /scan/01/{gtin}[/10/{lot}][/21/{serial}]}
 * answers the Vietnamese (or English) page to browsers and the {@link ScanRecord} to apps.
 */
@Path("/scan")
@Tag(name = "Resolver")
@PermitAll
public class ScanResource {

    static final String HTML_UTF8 = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final ScanService scans;
    private final ScanPageRenderer pages;
    private final ScanRecordJson recordJson;
    private final Clock clock;

    public ScanResource(ScanService scans, ScanPageRenderer pages, ScanRecordJson recordJson, Clock clock) {
        this.scans = scans;
        this.pages = pages;
        this.recordJson = recordJson;
        this.clock = clock;
    }

    @GET
    @Path("/01/{path: .+}")
    @Operation(summary = "Scan page of a product, lot or serialized unit",
            description = "The default link (gs1:defaultLink, gs1:pip) of a GS1 Digital Link URI. Browsers get the "
                    + "mobile scan page, Vietnamese by default, English with Accept-Language: en or ?lang=en; apps "
                    + "(Accept: application/json) the ScanRecord. For a serialized unit each GET is one consumer scan "
                    + "judged by the serial verifier (authentic, scanned many times, suspicious, not an issued code); "
                    + "a code that was never issued answers 404 (the page still explains it). Optional lat/lon query "
                    + "parameters give the verifier a coarse location.")
    @APIResponse(responseCode = "200", description = "The scan page or record", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScanRecord.class))})
    @APIResponse(responseCode = "400", description = "Malformed Digital Link path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown GTIN or lot, or a serial that was never issued",
            content = {@Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> scan(@Parameter(description = "The Digital Link path after /01/, e.g. 08935000000014/10/L1/21/7")
                              @PathParam("path") @Encoded String path,
                              @Context UriInfo uriInfo, @Context HttpHeaders headers, @Context Request request,
                              @Context RoutingContext routing) {
        DigitalLinkUri uri = DigitalLinkParser.parse("/01/" + path);
        SerialVerifier.ScanContext context = "HEAD".equals(request.getMethod()) ? null
                : ScanRequests.context(clock, uriInfo, headers, routing);
        // a unit whose product, lot and scan state are in memory (or need no read) is judged and its page rendered on
        // the I/O thread; anything that may read the database runs on a worker thread
        Optional<ScanAnswer> hot = scans.scanFromMemory(uri, context);
        if (hot.isPresent()) {
            return Uni.createFrom().item(respond(uri, hot.get(), uriInfo, headers));
        }
        return Uni.createFrom().item(() -> respond(uri, scans.scan(uri, context), uriInfo, headers))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Response respond(DigitalLinkUri uri, ScanAnswer answer, UriInfo uriInfo, HttpHeaders headers) {
        boolean notIssued = answer.notAnIssuedCode();
        if (Negotiation.wantsJson(headers)) {
            if (notIssued) {
                throw DomainException.notFound("Serial " + uri.serial() + " is not a code issued for this product");
            }
            return Response.ok(recordJson.write(answer), MediaType.APPLICATION_JSON_TYPE)
                    .header("Vary", Negotiation.VARY).build();
        }
        return Response.status(notIssued ? 404 : 200).type(HTML_UTF8)
                .entity(pages.render(answer, ScanRequests.language(uriInfo, headers)))
                .header("Vary", Negotiation.VARY).build();
    }

    @OPTIONS
    @Path("/01/{path: .+}")
    @Operation(summary = "CORS preflight and allowed methods of the scan page")
    @APIResponse(responseCode = "204", description = "Allowed methods and headers")
    public Response options() {
        return Negotiation.preflight();
    }
}
