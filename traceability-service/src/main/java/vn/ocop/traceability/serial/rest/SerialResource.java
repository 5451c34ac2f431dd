package vn.ocop.traceability.serial.rest;

import vn.ocop.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.contract.Roles;
import vn.ocop.traceability.serial.service.ScanStatsService;
import vn.ocop.traceability.serial.service.SerialService;

import java.net.URI;
import java.util.UUID;

/**
 * Issues the serialized codes of a lot, exports them as a list, a CSV file and printable labels, and tells the
 * producer what their scans show.
 */
@Path("/lots")
@Tag(name = "Serials", description = "Serialized unit codes of lots: generation, export, label sheets")
public class SerialResource {

    private final SerialService serials;
    private final ScanStatsService stats;

    public SerialResource(SerialService serials, ScanStatsService stats) {
        this.serials = serials;
        this.stats = stats;
    }

    @POST
    @Path("/{lotId}/serials")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Issue serials for a lot",
            description = "Issues 1 to 100,000 signed serials in one batch: 20 characters from "
                    + "23456789ABCDEFGHJKMNPQRSTUVWXYZ, 10 random (unique within the product) followed by 10 of a keyed "
                    + "signature of product, lot and random part, so that only codes issued here verify. Only the "
                    + "product's producer or an admin.")
    @APIResponse(responseCode = "201", description = "The batch",
            content = @Content(schema = @Schema(implementation = SerialBatchView.class)))
    @APIResponse(responseCode = "400", description = "Count out of range or product without GTIN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not the lot's producer nor an admin")
    @APIResponse(responseCode = "404", description = "Unknown lot",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response generate(@PathParam("lotId") UUID lotId,
                             @NotNull(message = "a JSON body with count is required") @Valid
                             GenerateSerialsRequest request) {
        SerialBatchView batch = SerialBatchView.of(serials.generate(lotId, request.count()));
        return Response.created(URI.create(batch.links().serials())).entity(batch).build();
    }

    @GET
    @Path("/{lotId}/serials")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Serials of a lot, in printing order, with their Digital Link URIs and scan counts")
    @APIResponse(responseCode = "200", description = "One page of serials")
    @APIResponse(responseCode = "404", description = "Unknown lot or batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SerialView> list(@PathParam("lotId") UUID lotId,
                                @Parameter(description = "Only this generation batch") @QueryParam("batch")
                                UUID batch,
                                @Parameter(description = "Zero-based page number") @QueryParam("page")
                                @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                                @Parameter(description = "Page size, 1 to 1000") @QueryParam("size")
                                @DefaultValue("100") @Min(value = 1, message = "must be between 1 and 1000")
                                @Max(value = 1000, message = "must be between 1 and 1000") int size) {
        return serials.list(lotId, batch, page, size).map(SerialView::of);
    }

    @GET
    @Path("/{lotId}/serials.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "All serials of a lot (or batch) as CSV",
            description = "UTF-8 with BOM, RFC 4180, header serial,uri,gtin,lot; in printing order.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Unknown lot or batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv(@PathParam("lotId") UUID lotId,
                        @Parameter(description = "Only this generation batch") @QueryParam("batch") UUID batch) {
        SerialService.CsvExport export = serials.csv(lotId, batch);
        StreamingOutput body = export::writeTo;
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"serials-" + lotId + ".csv\"")
                .build();
    }

    @GET
    @Path("/{lotId}/serials/labels.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Printable A4 label sheets of a lot's serials",
            description = "24 labels per A4 page (4 × 6), each with the QR code of the unit's Digital Link and its "
                    + "GTIN, lot and serial. At most ocop.serials.max-labels-per-pdf labels (5,000) per file: print a "
                    + "large lot page by page.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Page size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown lot or batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response labels(@PathParam("lotId") UUID lotId,
                           @Parameter(description = "Only this generation batch") @QueryParam("batch") UUID batch,
                           @Parameter(description = "Zero-based page of `size` labels") @QueryParam("page")
                           @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                           @Parameter(description = "Labels in this file (default and maximum 5,000)")
                           @QueryParam("size") Integer size) {
        byte[] pdf = serials.labels(lotId, batch, page, size);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"labels-" + lotId + ".pdf\"")
                .build();
    }

    @GET
    @Path("/{lotId}/scan-stats")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Scan statistics of a lot", description = "Only the product's producer or an admin.")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(implementation = ScanStatsView.class)))
    @APIResponse(responseCode = "404", description = "Unknown lot",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScanStatsView ofLot(@PathParam("lotId") UUID lotId) {
        return ScanStatsView.of(stats.ofLot(lotId));
    }
}
