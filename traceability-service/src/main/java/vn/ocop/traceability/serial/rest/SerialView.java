package vn.ocop.traceability.serial.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One issued unit: its serial, its Digital Link URI and how often it was scanned. */
@Schema(description = "An issued serialized unit")
public record SerialView(String serial, String uri, long scanCount) {

    /** One page of a lot's serials, in printing order. */
    @Schema(description = "A page of serials")
    public record Page(List<SerialView> items, int page, int size, long total) {
    }
}
