package vn.ocop.registry.partner.rest;

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
import vn.ocop.registry.partner.service.PartnerService;
import vn.ocop.contract.Roles;

import java.util.List;
import java.util.UUID;

/** HTTP API of partner accounts and their API keys (admin only). */
@Path("/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Partners", description = "E-commerce platforms syncing certified products, and their API keys")
public class PartnerResource {

    private final PartnerService service;

    public PartnerResource(PartnerService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Create a partner and its first API key", description = "The key is in the response once; "
            + "only its SHA-256 is stored. So is webhookSecret, the secret that signs the partner's webhooks (see "
            + "GET /partners/{id}/webhook-deliveries for the scheme).")
    @APIResponse(responseCode = "201", description = "Created; apiKey and webhookSecret are shown this once")
    public Response create(@NotNull @Valid PartnerRequest request, @Context UriInfo uri) {
        IssuedKeyView issued = IssuedKeyView.of(service.create(request.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(issued.partner().id().toString()).build())
                .entity(issued).build();
    }

    @GET
    @Operation(summary = "List partners with the state of their keys")
    public List<PartnerView> list() {
        return service.list().stream().map(PartnerView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a partner with the state of its keys")
    public PartnerView get(@PathParam("id") UUID id) {
        return PartnerView.of(service.get(id));
    }

    @POST
    @Path("/{id}/keys")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rotate: issue a new key", description = "The partner's other active keys keep working for "
            + "the grace period (ocop.partners.rotation-grace, 24 h) and then stop.")
    @APIResponse(responseCode = "201", description = "Issued; apiKey is shown this once")
    public Response rotate(@PathParam("id") UUID id) {
        return Response.status(201).entity(IssuedKeyView.of(service.rotate(id))).build();
    }

    @POST
    @Path("/{id}/webhook-secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rotate the webhook signing secret", description = "Issues a new whsec_ secret, shown in "
            + "this response only; the old one stops signing at once, so deliveries still pending (retries included) "
            + "are signed with the new one.")
    @APIResponse(responseCode = "200", description = "The new secret")
    @APIResponse(responseCode = "404", description = "No such partner")
    public WebhookSecretView rotateWebhookSecret(@PathParam("id") UUID id) {
        return WebhookSecretView.of(service.rotateWebhookSecret(id));
    }

    @DELETE
    @Path("/{id}/keys/{keyId}")
    @Operation(summary = "Revoke a key at once")
    public PartnerView revoke(@PathParam("id") UUID id, @PathParam("keyId") UUID keyId) {
        return PartnerView.of(service.revoke(id, keyId));
    }
}
