package vn.ocop.registry.producer.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.producer.ProducerType;
import vn.ocop.registry.producer.service.ProducerCommand;

/** What a commune officer fills in to register or update a producer. */
@Schema(name = "ProducerRequest")
public record ProducerRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "Cơ sở chế biến cao ngựa bạch Hoan Hoa") String name,
        @NotNull @Schema(description = "DN enterprise, HTX cooperative, THT cooperative group, HKD household business")
        ProducerType type,
        @Pattern(regexp = "\\d{10}(-\\d{3})?", message = "must be a 10-digit tax code, optionally followed by -NNN")
        @Schema(examples = "4600123456") String taxCode,
        @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
        @Schema(examples = "05908") String communeCode,
        @NotBlank @Size(max = 500) @Schema(examples = "Xóm Phẩm 1, Dương Thành") String address,
        @Size(max = 200) String contactName,
        @Pattern(regexp = "\\+?[0-9 .-]{8,20}", message = "must be a phone number") String phone,
        @Email @Size(max = 254) String email,
        @NotNull @Min(0) @Max(1_000_000) @Schema(description = "People working for the producer (a programme target)")
        Integer workers) {

    /** The request as {@link ProducerCommand} for the service. */
    ProducerCommand toCommand() {
        return new ProducerCommand(name, type, taxCode, communeCode, address, contactName, phone, email, workers);
    }

    /** The request a command stands for (to check it against this record's rules). */
    static ProducerRequest of(ProducerCommand c) {
        return new ProducerRequest(c.name(), c.type(), c.taxCode(), c.communeCode(), c.address(), c.contactName(),
                c.phone(), c.email(), c.workers());
    }
}
