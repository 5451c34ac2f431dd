package vn.ocop.contract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#VALUE_CHAIN_LINKED}: a lot of a product whose recorded value chain now has events
 * captured by at least two distinct parties (producer, partners, processors, carriers, retailers). {@code parties} are
 * the distinct recorders (the JWT subjects or partner names) at the time the threshold was crossed. Published once per
 * lot by the traceability service; the registry counts the product as linked in value chains from then on.
 */
public record ValueChainLinkData(UUID productId, UUID lotId, String lotCode, List<String> parties,
                                 OffsetDateTime linkedAt) {
}
