package vn.ocop.traceability.lot.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.lot.service.LotService;

import java.util.UUID;

/** One lot, readable by anyone: its code, dates, quantity, Digital Link and chain length. */
@Path("/lots/{lotId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lots")
public class LotResource {

    private final LotService lots;

    public LotResource(LotService lots) {
        this.lots = lots;
    }

    @GET
    @PermitAll
    @Operation(summary = "One lot with its Digital Link")
    public LotView get(@PathParam("lotId") UUID lotId) {
        return LotView.of(lots.get(lotId));
    }
}
