package vn.ocop.traceability.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.traceability.intake.service.DeadLetterReplay;
import vn.ocop.contract.Roles;

import java.util.Map;

/** Operations on the registry events that intake dead-lettered (administrators only). */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class DeadLetterResource {

    /** How many dead letters one replay moved back, by dead-letter reason. */
    public record ReplayView(int replayed, Map<String, Integer> reasons) {
    }

    private final DeadLetterReplay replay;

    public DeadLetterResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @POST
    @Path("/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Move the dead-lettered registry events back to the registry topic (after a fix)",
            description = "Idempotent: each dead letter is replayed once; events already applied are skipped by the "
                    + "consumer, and events that still cannot be applied go back to the dead-letter topic.")
    public ReplayView replay() {
        DeadLetterReplay.Result result = replay.replay();
        return new ReplayView(result.replayed(), result.reasons());
    }
}
