package vn.ocop.traceability.serial.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A batch of serials just issued for a lot: its id, lot, size and when it was issued. */
public record IssuedBatch(UUID batchId, UUID lotId, int count, OffsetDateTime createdAt) {
}
