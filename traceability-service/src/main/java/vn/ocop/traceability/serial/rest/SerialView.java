package vn.ocop.traceability.serial.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.traceability.serial.service.IssuedSerial;

/** One issued unit: its serial, its Digital Link URI and how often it was scanned. */
@Schema(description = "An issued serialized unit")
public record SerialView(String serial, String uri, long scanCount) {

    public static SerialView of(IssuedSerial s) {
        return new SerialView(s.serial(), s.uri(), s.scanCount());
    }
}
