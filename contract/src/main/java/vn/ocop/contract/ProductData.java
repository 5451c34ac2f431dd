package vn.ocop.contract;

import java.util.UUID;

/**
 * Payload of product events: the product with its 148/QĐ-TTg group, its GTIN-14 (null when it has none) and a
 * snapshot of its producer.
 */
public record ProductData(UUID productId, String name, String groupCode, String groupName, String gtin,
                          String description, long version, ProducerData producer) {
}
