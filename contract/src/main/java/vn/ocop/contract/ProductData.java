package vn.ocop.contract;

import java.util.List;
import java.util.UUID;

/**
 * Payload of product events: the product with its 148/QĐ-TTg group, its GTIN-14 (null when it has none), a
 * snapshot of its producer and its images in display order (the first is the primary one). {@code images} is null
 * in events written before images existed: a consumer keeps what it has then.
 */
public record ProductData(UUID productId, String name, String groupCode, String groupName, String gtin,
                          String description, long version, ProducerData producer, List<ImageData> images) {

    /** A product snapshot without image information. */
    public ProductData(UUID productId, String name, String groupCode, String groupName, String gtin,
                       String description, long version, ProducerData producer) {
        this(productId, name, groupCode, groupName, gtin, description, version, producer, null);
    }
}
