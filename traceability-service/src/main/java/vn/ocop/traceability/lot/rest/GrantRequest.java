package vn.ocop.traceability.lot.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ocop.traceability.lot.PartyGrant.ChainRole;

/**
 * A producer's grant to an organisation: its id (the {@code organisation_id} claim of its tokens), display name and
 * role in the chain.
 */
public record GrantRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[\\p{L}\\p{N}._:@-]+$",
                message = "may contain letters, digits and . _ : @ - only") String organisationId,
        @NotBlank @Size(max = 200)
        @Pattern(regexp = "^[^\\p{Cntrl}]+$", message = "must not contain control characters") String organisationName,
        @NotNull ChainRole chainRole) {
}
