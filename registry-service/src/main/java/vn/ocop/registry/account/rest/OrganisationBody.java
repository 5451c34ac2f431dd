package vn.ocop.registry.account.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value-chain organisation registering itself with the signed-up caller's account. */
public record OrganisationBody(
        @NotBlank @Size(max = 200) @Schema(description = "Display name, shown on lots it records") String name,
        @NotBlank @Pattern(regexp = "processor|distributor|retailer",
                message = "must be processor, distributor or retailer") String role) {
}
