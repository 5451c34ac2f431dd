package vn.ocop.traceability.serial.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.traceability.serial.service.IssuedBatch;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A batch of serials just issued, with where to list, export and print them. */
@Schema(description = "A batch of issued serials")
public record SerialBatchView(UUID batchId, UUID lotId, int count, OffsetDateTime createdAt, Links links) {

    /** The batch with links to list, export and print its serials. */
    public static SerialBatchView of(IssuedBatch b) {
        String base = "/lots/" + b.lotId() + "/serials";
        return new SerialBatchView(b.batchId(), b.lotId(), b.count(), b.createdAt(), new Links(
                base + "?batch=" + b.batchId(), base + ".csv?batch=" + b.batchId(),
                base + "/labels.pdf?batch=" + b.batchId()));
    }

    /** Relative links to the batch's serials. */
    public record Links(String serials, String csv, String labels) {
    }
}
