package vn.ocop.traceability.outbox;

import java.util.UUID;

/**
 * A fact this service publishes on {@link vn.ocop.contract.Topics#TRACEABILITY_EVENTS}.
 *
 * @param type    a constant of {@link vn.ocop.contract.EventTypes}
 * @param subject the product id: CloudEvent subject and Kafka key
 * @param data    a payload record of {@code vn.ocop.contract}
 */
public record TraceabilityFact(String type, UUID subject, Object data) {
}
