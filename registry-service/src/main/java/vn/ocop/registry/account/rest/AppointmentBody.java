package vn.ocop.registry.account.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.account.service.AppointmentRequest;

/** An appointment as posted; no password: the appointee sets one at first sign-in. */
public record AppointmentBody(
        @NotBlank @Email @Size(max = 254) @Schema(description = "E-mail address, also the username") String username,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Schema(description = "province-admin or ministry (by an admin); commune-officer, council-member or "
                + "council-secretary (by a province admin)") String role,
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code")
        @Schema(description = "For province-admin and council roles") String provinceCode,
        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
        @Schema(description = "For commune-officer") String communeCode) {

    AppointmentRequest toRequest() {
        return new AppointmentRequest(username.trim().toLowerCase(java.util.Locale.ROOT), firstName, lastName, role,
                provinceCode, communeCode);
    }
}
