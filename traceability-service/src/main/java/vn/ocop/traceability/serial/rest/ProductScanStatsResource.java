package vn.ocop.traceability.serial.rest;

import vn.ocop.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
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
import vn.ocop.contract.Roles;
import vn.ocop.traceability.serial.service.ScanStatsService;

import java.util.UUID;

/** Scan statistics of a product (all its lots) for its producer: counterfeit signals, days, places. */
@Path("/products")
@Tag(name = "Serials")
public class ProductScanStatsResource {

    private final ScanStatsService stats;

    public ProductScanStatsResource(ScanStatsService stats) {
        this.stats = stats;
    }

    @GET
    @Path("/{productId}/scan-stats")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRODUCER, Roles.ADMIN})
    @Operation(summary = "Scan statistics of a product, all lots together",
            description = "Only the product's producer or an admin.")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(implementation = ScanStatsView.class)))
    @APIResponse(responseCode = "404", description = "Unknown product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScanStatsView ofProduct(@PathParam("productId") UUID productId) {
        return ScanStatsView.of(stats.ofProduct(productId));
    }
}
