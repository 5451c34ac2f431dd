package vn.ocop.registry.certificate.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.certificate.service.ExpiryRun;

import java.time.LocalDate;

/** What one expiry run did: reminders sent and certificates expired, as of the registry's day. */
@Schema(name = "ExpiryRunView")
public record ExpiryRunView(
        @Schema(description = "Certificates whose producer was reminded now (certificate.expiring)") int reminded,
        @Schema(description = "Certificates recorded as expired now (certificate.expired)") int expired,
        @Schema(description = "The registry's day the run judged by") LocalDate asOf) {

    /** The view of what a run did. */
    public static ExpiryRunView of(ExpiryRun run) {
        return new ExpiryRunView(run.reminded(), run.expired(), run.asOf());
    }
}
