package vn.ocop.registry.certificate.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a certificate is revoked. */
@Schema(name = "RevocationRequest")
public record RevocationRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "Vi phạm tiêu chí an toàn thực phẩm") String reason) {
}
