package vn.ocop.traceability.trace.rest;

import vn.ocop.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.trace.service.TraceRecordService;

import java.util.UUID;

/** Serves the trace record of a product by its registry id. */
@Path("/products")
@Tag(name = "Trace records", description = "Public trace records of OCOP products")
@PermitAll
public class ProductTraceResource {

    private final TraceRecordService traceRecords;

    public ProductTraceResource(TraceRecordService traceRecords) {
        this.traceRecords = traceRecords;
    }

    @GET
    @Path("/{productId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trace record of a product",
            description = "The product, producer, location, Digital Link and current certificate; the certificate "
                    + "status and stars are computed as of now.")
    @APIResponse(responseCode = "200", description = "The trace record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TraceRecord.class)))
    @APIResponse(responseCode = "404", description = "Unknown product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TraceRecord byProductId(@PathParam("productId") UUID productId) {
        return TraceRecord.of(traceRecords.byProductId(productId));
    }
}
