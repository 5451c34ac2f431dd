package vn.ocop.registry.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.account.service.ProducerClaimService;
import vn.ocop.contract.Roles;

import java.util.UUID;

/** HTTP API of the decisions on producer claims ({@code /producer-claims/{id}/approve|reject}). */
@Path("/producer-claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Accounts of the identity provider provisioned by the registry (no passwords)")
public class ClaimDecisionResource {

    private final ProducerClaimService service;

    public ClaimDecisionResource(ProducerClaimService service) {
        this.service = service;
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.COMMUNE_OFFICER, Roles.PROVINCE_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Approve a producer claim", description = "The commune officer of the producer's commune (or "
            + "its province admin, or an admin): the account gets producer_id and the producer role; it signs in "
            + "again to carry them.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "403", description = "Outside the caller's area")
    @APIResponse(responseCode = "409", description = "claim-decided or account-linked")
    public ProducerClaimView approve(@PathParam("id") UUID claimId) {
        return ProducerClaimView.of(service.approve(claimId));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.COMMUNE_OFFICER, Roles.PROVINCE_ADMIN, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Reject a producer claim", description = "With a reason the claimant sees.")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "409", description = "claim-decided")
    public ProducerClaimView reject(@PathParam("id") UUID claimId, @NotNull @Valid DecisionBody body) {
        return ProducerClaimView.of(service.reject(claimId, body.reason()));
    }
}
