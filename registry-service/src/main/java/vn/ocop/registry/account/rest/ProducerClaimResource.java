package vn.ocop.registry.account.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.registry.account.ProducerClaim;
import vn.ocop.registry.account.service.ProducerClaimService;
import vn.ocop.contract.Roles;

import java.util.List;
import java.util.UUID;

/**
 * HTTP API of the claims on one producer record ({@code /producers/{id}/claims}; a path of its own, so that
 * {@code /producers} stays the producer resource's): claim it, list the claims.
 */
@Path("/producers/{id}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Accounts of the identity provider provisioned by the registry (no passwords)")
public class ProducerClaimResource {

    private final ProducerClaimService service;

    public ProducerClaimResource(ProducerClaimService service) {
        this.service = service;
    }

    @POST
    @Authenticated
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Claim a producer record", description = "A signed-up account asks to act for the producer "
            + "as owner or staff, with evidence (tax code or registration number). The commune officer of the "
            + "producer's commune decides.")
    @APIResponse(responseCode = "201", description = "Claimed; waiting for the decision")
    @APIResponse(responseCode = "400", description = "No evidence (problem+json names the field)")
    @APIResponse(responseCode = "404", description = "No such producer")
    @APIResponse(responseCode = "409", description = "claim-pending or account-linked")
    public Response claim(@PathParam("id") UUID producerId, @NotNull @Valid ClaimBody body, @Context UriInfo uri) {
        ProducerClaim claim = service.claim(producerId, body.toRequest());
        return Response.created(uri.getBaseUriBuilder().path("producer-claims").path(claim.id.toString()).build())
                .entity(ProducerClaimView.of(claim)).build();
    }

    @GET
    @Authenticated
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "List the claims on a producer", description = "For officers whose area covers the "
            + "producer and for the producer's own accounts.")
    @APIResponse(responseCode = "200", description = "The claims, oldest first")
    @APIResponse(responseCode = "403", description = "Outside the caller's area")
    public List<ProducerClaimView> claims(@PathParam("id") UUID producerId) {
        return service.ofProducer(producerId).stream().map(ProducerClaimView::of).toList();
    }
}
