package vn.ocop.registry.account.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.account.ProducerRole;
import vn.ocop.registry.account.service.ClaimRequest;

/** A claim as posted: the place asked for and the evidence (a tax code or registration number at least). */
public record ClaimBody(
        @Schema(description = "OWNER (default) or STAFF") ProducerRole producerRole,
        @Size(max = 20) String taxCode,
        @Size(max = 50) String registrationNumber,
        @Size(max = 1000) String note) {

    ClaimRequest toRequest() {
        return new ClaimRequest(producerRole, taxCode, registrationNumber, note);
    }
}
