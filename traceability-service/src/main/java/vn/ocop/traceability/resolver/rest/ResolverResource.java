package vn.ocop.traceability.resolver.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.contract.Gtin;
import vn.ocop.traceability.platform.http.Negotiation;
import vn.ocop.traceability.platform.problem.Problem;
import vn.ocop.traceability.platform.problem.RuleViolation;
import vn.ocop.traceability.scan.ScanPageRenderer;
import vn.ocop.traceability.trace.rest.TraceRecord;
import vn.ocop.traceability.trace.service.TraceRecordService;

import java.util.UUID;

/**
 * The GS1 Digital Link resolver: a scanned product URI answers with the trace record for machines
 * ({@code Accept: application/json}) and with the Vietnamese scan page for everyone else.
 */
@Path("/")
@Tag(name = "Resolver", description = "GS1 Digital Link resolver and scan page")
@PermitAll
public class ResolverResource {

    private static final String HTML_UTF8 = MediaType.TEXT_HTML + ";charset=UTF-8";

    @Inject
    TraceRecordService traceRecords;
    @Inject
    ScanPageRenderer scanPages;

    @GET
    @Path("/01/{gtin}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "Resolve a GTIN (GS1 Digital Link, AI 01)",
            description = "Accepts GTIN-8/12/13/14 and normalises it to GTIN-14. JSON clients get the trace record, "
                    + "browsers the scan page.")
    @APIResponse(responseCode = "200", description = "The trace record or the scan page", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TraceRecord.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Malformed GTIN (length or check digit)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No product carries this GTIN (an HTML page for browsers)",
            content = {@Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response resolveGtin(@Parameter(description = "GTIN-8, -12, -13 or -14 with a valid check digit")
                                @PathParam("gtin") String gtin,
                                @Context HttpHeaders headers) {
        String gtin14 = Gtin.toGtin14(gtin).orElseThrow(() -> RuleViolation.ofField("invalid-gtin", "gtin",
                "must be 8, 12, 13 or 14 digits with a valid GS1 check digit"));
        return respond(traceRecords.byGtin(gtin14), headers);
    }

    @GET
    @Path("/p/{productId}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "Resolve a product without a GTIN by its internal id",
            description = "JSON clients get the trace record, browsers the scan page.")
    @APIResponse(responseCode = "200", description = "The trace record or the scan page", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TraceRecord.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "Unknown product (an HTML page for browsers)",
            content = {@Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response resolveProduct(@PathParam("productId") UUID productId, @Context HttpHeaders headers) {
        return respond(traceRecords.byProductId(productId), headers);
    }

    private Response respond(TraceRecord record, HttpHeaders headers) {
        if (Negotiation.wantsJson(headers)) {
            return Response.ok(record, MediaType.APPLICATION_JSON_TYPE).header("Vary", HttpHeaders.ACCEPT).build();
        }
        return Response.ok(scanPages.render(record), HTML_UTF8).header("Vary", HttpHeaders.ACCEPT).build();
    }
}
