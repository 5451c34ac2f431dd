package vn.ocop.traceability.epcis.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.epcis.service.EventQueryService;

import java.util.UUID;

/** Tamper evidence: recomputes a lot's hash chain and says whether, and where, it is broken. */
@Path("/lots/{lotId}/verify")
@Tag(name = "EPCIS query")
public class LotVerifyResource {

    private final EventQueryService queries;

    public LotVerifyResource(EventQueryService queries) {
        this.queries = queries;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the lot's hash chain")
    public ChainVerification verify(@PathParam("lotId") UUID lotId) {
        return ChainVerification.of(queries.verify(lotId));
    }
}
