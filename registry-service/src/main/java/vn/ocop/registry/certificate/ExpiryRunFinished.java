package vn.ocop.registry.certificate;

import java.time.LocalDate;

/** Fired when the certificate expiry run (daily, or started by an admin) has finished for {@code day}. */
public record ExpiryRunFinished(LocalDate day) {
}
