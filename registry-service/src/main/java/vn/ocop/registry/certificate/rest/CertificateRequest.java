package vn.ocop.registry.certificate.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.certificate.service.CertificateCommand;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate already issued on paper, recorded for a product (the first real data every province has). */
@Schema(name = "CertificateRequest")
public record CertificateRequest(
        @NotNull UUID productId,
        @NotBlank @Size(max = 64) @Schema(examples = "123/QĐ-UBND-2024") String number,
        @NotNull @Min(value = 3, message = "must be 3, 4 or 5: only 3★ and above are certified")
        @Max(value = 5, message = "must be 3, 4 or 5: only 3★ and above are certified") Integer stars,
        @NotBlank @Size(max = 300) @Schema(examples = "UBND tỉnh Thái Nguyên") String issuingAuthority,
        @NotNull @PastOrPresent @Schema(examples = "2024-06-15") LocalDate decisionDate,
        @Schema(description = "Defaults to the decision date + 36 months") LocalDate validUntil) {

    /** The request as {@link CertificateCommand} for the service. */
    CertificateCommand toCommand() {
        return new CertificateCommand(productId, number, stars, issuingAuthority, decisionDate, validUntil);
    }
}
