package vn.ocop.registry.programme.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.programme.service.TargetCommand;
import vn.ocop.registry.programme.TargetComparator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target to define or change (send the version read to change one). */
public record TargetRequest(
        @NotNull @Schema(examples = "2021-01-01") LocalDate periodStart,
        @NotNull @Schema(examples = "2025-12-31") LocalDate periodEnd,
        @NotBlank @Schema(examples = "products_3star_plus", description = "A code of GET /indicator-definitions")
        String indicator,
        @NotNull @Schema(description = "GTE: at least the value; GT: more than the value") TargetComparator comparator,
        @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 4) @Schema(examples = "228") BigDecimal value,
        @Size(max = 1000) @Schema(examples = "Văn bản 4553/UBND-NNTN") String note,
        @Schema(description = "The version read (updates only)") Long version) {

    /** The request as {@link TargetCommand} for the service. */
    TargetCommand toCommand() {
        return new TargetCommand(periodStart, periodEnd, indicator, comparator, value, note, version);
    }
}
