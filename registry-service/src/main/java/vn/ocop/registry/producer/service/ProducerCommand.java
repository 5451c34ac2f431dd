package vn.ocop.registry.producer.service;

import vn.ocop.registry.producer.ProducerType;

/**
 * A producer to register or the new state of one: what the API's producer request or an import row says. Field
 * checks (required, formats, sizes) are the API's ({@link ProducerConstraints}); the service checks the rest.
 */
public record ProducerCommand(String name, ProducerType type, String taxCode, String communeCode, String address,
                              String contactName, String phone, String email, Integer workers) {
}
