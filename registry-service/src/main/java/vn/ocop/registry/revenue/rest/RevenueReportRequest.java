package vn.ocop.registry.revenue.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.revenue.service.RevenueReportCommand;

/**
 * A product's revenue for a calendar year. One report per product and year: send {@code version} (the version read)
 * to correct an existing one.
 */
@Schema(name = "RevenueReportRequest")
public record RevenueReportRequest(
        @NotNull @Min(value = 1990, message = "must be 1990 or later") @Max(value = 2200, message = "must be 2200 or earlier")
        @Schema(examples = "2024") Integer year,
        @NotNull @Min(value = 0, message = "must be 0 or more") @Schema(examples = "1250000000") Long revenueVnd,
        @Size(max = 1000) String note,
        @Schema(description = "The version read, to correct an existing report of that year") Long version) {

    /** The request as {@link RevenueReportCommand} for the service. */
    RevenueReportCommand toCommand() {
        return new RevenueReportCommand(year, revenueVnd, note, version);
    }
}
