package vn.ocop.contract;

import java.util.UUID;

/**
 * Payload of producer events and the producer snapshot inside product events. {@code type} is one of DN (enterprise),
 * HTX (cooperative), THT (cooperative group), HKD (household business). {@code version} grows with every change, so a
 * consumer keeps the newest snapshot whatever order it sees them in.
 */
public record ProducerData(UUID producerId, String name, String type, String taxCode, String communeCode,
                           String communeName, String provinceCode, String provinceName, String address,
                           Integer workers, long version) {
}
