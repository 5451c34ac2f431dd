package vn.ocop.registry.partner.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.partner.service.CreatePartner;

import java.util.List;

/** A partner account: who it is, which provinces it may read (none listed: all) and where webhooks go. */
@Schema(name = "PartnerRequest")
public record PartnerRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Sàn OCOP Thái Nguyên") String name,
        @NotBlank @Email @Size(max = 254) @Schema(examples = "ky-thuat@ocop-thainguyen.vn") String contactEmail,
        @Size(max = 34) @Schema(description = "Province codes; absent or empty for the whole country",
                examples = "[\"19\"]") List<@Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String> provinces,
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 2000)
        @Schema(examples = "https://ocop-thainguyen.vn/hooks/ocop") String webhookUrl,
        @jakarta.validation.constraints.Min(value = 1, message = "must be between 1 and 100000")
        @jakarta.validation.constraints.Max(value = 100000, message = "must be between 1 and 100000")
        @Schema(description = "Requests per minute per key; default 600") Integer requestsPerMinute) {

    public CreatePartner toCommand() {
        return new CreatePartner(name, contactEmail, provinces, webhookUrl, requestsPerMinute);
    }
}
