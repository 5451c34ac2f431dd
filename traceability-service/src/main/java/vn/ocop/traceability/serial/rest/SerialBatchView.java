package vn.ocop.traceability.serial.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A batch of serials just issued, with where to list, export and print them. */
@Schema(description = "A batch of issued serials")
public record SerialBatchView(UUID batchId, UUID lotId, int count, OffsetDateTime createdAt, Links links) {

    /** Relative links to the batch's serials. */
    public record Links(String serials, String csv, String labels) {
    }
}
