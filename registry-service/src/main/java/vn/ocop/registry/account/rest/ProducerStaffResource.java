package vn.ocop.registry.account.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.account.service.ProducerClaimService;

import java.util.UUID;

/** HTTP API of a producer's staff accounts ({@code /producers/{id}/accounts/{accountId}}): remove one. */
@Path("/producers/{id}/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Accounts of the identity provider provisioned by the registry (no passwords)")
public class ProducerStaffResource {

    private final ProducerClaimService service;

    public ProducerStaffResource(ProducerClaimService service) {
        this.service = service;
    }

    @DELETE
    @Path("{accountId}")
    @Authenticated
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Remove a staff account from a producer", description = "By the producer's owner account (or "
            + "an officer over the producer): the account loses producer_id and the producer role, its sessions end.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not the owner")
    @APIResponse(responseCode = "409", description = "not-staff")
    public void removeStaff(@PathParam("id") UUID producerId, @PathParam("accountId") UUID accountId) {
        service.removeStaff(producerId, accountId);
    }
}
