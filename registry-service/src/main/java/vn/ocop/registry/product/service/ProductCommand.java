package vn.ocop.registry.product.service;

import java.util.UUID;

/**
 * A product to register or the new state of one: what the API's product request or an import row says. Field checks
 * (required, formats, sizes) are the API's ({@link ProductConstraints}); the service checks the rest.
 */
public record ProductCommand(UUID producerId, String name, String groupCode, String gtin, String description) {
}
