package vn.ocop.registry.certificate.service;

import java.time.LocalDate;

/** What one expiry run did: reminders sent and certificates expired, as of the registry's day. */
public record ExpiryRun(int reminded, int expired, LocalDate asOf) {
}
