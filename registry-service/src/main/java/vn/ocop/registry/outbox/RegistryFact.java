package vn.ocop.registry.outbox;

import java.util.UUID;

/**
 * A fact the registry publishes: fired synchronously by a service inside its transaction, so the outbox row commits or
 * rolls back with the state change it describes.
 *
 * @param type    a constant of {@link vn.ocop.contract.EventTypes}
 * @param subject the product id (producer id for producer events): CloudEvent subject and Kafka key
 * @param data    one of the payload records of {@code vn.ocop.contract}
 */
public record RegistryFact(String type, UUID subject, Object data) {
}
