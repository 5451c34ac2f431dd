package vn.ocop.registry.webhook.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageRequest;
import vn.ocop.contract.Roles;
import vn.ocop.registry.webhook.WebhookDelivery;
import vn.ocop.registry.webhook.service.WebhookService;

import java.util.UUID;

/** HTTP API of a partner's webhook deliveries: the delivery log and redelivery (admin only). */
@Path("/partners/{id}/webhook-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Partner webhooks", description = """
        Signed webhooks (Standard Webhooks, https://www.standardwebhooks.com) telling partners of certificate events \
        of products in their provinces: product.certified, certificate.renewed, certificate.upgraded, \
        certificate.downgraded, certificate.revoked, certificate.expired, and product.updated when a certified \
        product's details or images change (read it again from the catalog). Each is a POST of application/json \
        {"type": ..., "timestamp": ..., "data": {productId, certificateId, number, stars, previousStars, status, \
        validUntil, revokedAt, reason}} to the partner's webhookUrl with the headers webhook-id (the delivery id, the \
        same on every retry: drop duplicates by it), webhook-timestamp (Unix seconds of this attempt) and \
        webhook-signature: "v1," + base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}")), where key is \
        the base64-decoded part of the partner's secret after "whsec_". Any 2xx answer within 10 s delivers; \
        otherwise the delivery is retried with exponential backoff (5 s, doubling, at most 1 h apart) until 24 h after \
        the event, then marked FAILED. A partner's events of one product arrive in order: a later one waits until \
        the earlier one is delivered or failed.""")
public class WebhookDeliveryResource {

    private final WebhookService service;

    public WebhookDeliveryResource(WebhookService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "A partner's webhook delivery log, newest first", description = "Each delivery with its "
            + "state (PENDING, DELIVERED, FAILED), attempts, the HTTP status and error of the last attempt and, while "
            + "pending, when the next attempt is due. Retries: 2xx delivers; a non-2xx answer, a refused connection "
            + "or no answer within 10 s counts as a failed attempt, retried after 5 s × 2^(attempts − 1) (at most "
            + "1 h) until 24 h after the event (ocop.webhooks.initial-backoff, max-interval, give-up-after).")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "404", description = "No such partner")
    public Page<WebhookDeliveryView> log(@PathParam("id") UUID id,
                                         @QueryParam("state") WebhookDelivery.State state,
                                         @Valid @BeanParam PageRequest paging) {
        return service.log(id, state, paging.page, paging.size).map(WebhookDeliveryView::of);
    }

    @POST
    @Path("/{deliveryId}/redeliver")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a delivery again", description = "Queues a DELIVERED or FAILED delivery as PENDING, "
            + "due now; it keeps its webhook-id and body (signed afresh with the current secret and timestamp) and its "
            + "attempt count.")
    @APIResponse(responseCode = "200", description = "Queued")
    @APIResponse(responseCode = "404", description = "No such delivery of this partner")
    @APIResponse(responseCode = "409", description = "The delivery is pending already")
    public WebhookDeliveryView redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return WebhookDeliveryView.of(service.redeliver(id, deliveryId));
    }
}
