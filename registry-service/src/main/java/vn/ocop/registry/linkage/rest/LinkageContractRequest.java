package vn.ocop.registry.linkage.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.linkage.service.LinkageContractCommand;
import vn.ocop.registry.linkage.LinkageRole;

import java.time.LocalDate;

/** A linkage contract of a product with a partner. */
@Schema(name = "LinkageContractRequest")
public record LinkageContractRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "Công ty CP Dược liệu Thái Nguyên") String partnerName,
        @NotNull @Schema(description = "RAW_MATERIAL_SUPPLIER, BUYER or DISTRIBUTOR") LinkageRole role,
        @NotNull @Schema(examples = "2025-01-01") LocalDate validFrom,
        @Schema(description = "Open-ended when absent; not before validFrom") LocalDate validTo) {

    /** The request as {@link LinkageContractCommand} for the service. */
    LinkageContractCommand toCommand() {
        return new LinkageContractCommand(partnerName, role, validFrom, validTo);
    }
}
