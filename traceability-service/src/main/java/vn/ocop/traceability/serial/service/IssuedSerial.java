package vn.ocop.traceability.serial.service;

/** One issued unit: its serial, its Digital Link URI and how often it was scanned. */
public record IssuedSerial(String serial, String uri, long scanCount) {
}
