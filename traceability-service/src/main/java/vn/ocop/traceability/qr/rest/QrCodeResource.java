package vn.ocop.traceability.qr.rest;

import vn.ocop.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.qr.service.QrCodeService;
import vn.ocop.traceability.trace.service.TraceRecordService;

import java.util.UUID;

/** Serves the QR code of a product's Digital Link as PNG or SVG. */
@Path("/products/{productId}/qr")
@Tag(name = "QR codes", description = "QR codes of product Digital Links")
@PermitAll
public class QrCodeResource {

    /** QR images change only when a product's GTIN changes: let browsers and CDNs keep them for a day. */
    static final int MAX_AGE_SECONDS = 86_400;

    private final TraceRecordService traceRecords;
    private final QrCodeService qrCodes;

    public QrCodeResource(TraceRecordService traceRecords, QrCodeService qrCodes) {
        this.traceRecords = traceRecords;
        this.qrCodes = qrCodes;
    }

    @GET
    @Produces({"image/png", "image/svg+xml"})
    @Operation(summary = "QR code of the product's Digital Link",
            description = "ISO/IEC 18004 QR code, error correction M, quiet zone of 4 modules, encoding the GS1 "
                    + "Digital Link URI of the product (its GS1 compressed form when ocop.resolver.compressed-qr is "
                    + "on).")
    @APIResponse(responseCode = "200", description = "The QR code image", content = {
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/svg+xml", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Unsupported format or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response qrCode(@PathParam("productId") UUID productId,
                           @Parameter(description = "png or svg")
                           @QueryParam("format") @DefaultValue("png")
                           @Pattern(regexp = "png|svg", message = "must be png or svg") String format,
                           @Parameter(description = "Width and height in pixels, 64..2048")
                           @QueryParam("size") @DefaultValue("300")
                           @Min(QrCodeService.MIN_SIZE) @Max(QrCodeService.MAX_SIZE) int size) {
        String link = traceRecords.qrLink(productId);
        Response.ResponseBuilder response = "svg".equals(format)
                ? Response.ok(qrCodes.svg(link, size), "image/svg+xml")
                : Response.ok(qrCodes.png(link, size), "image/png");
        return response.header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).build();
    }
}
