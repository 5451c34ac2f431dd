package vn.ocop.traceability.serial.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many serials to issue for a lot in one batch. */
@Schema(description = "A request to issue serialized codes for a lot")
public record GenerateSerialsRequest(
        @Schema(description = "Number of serials, 1 to 100,000", minimum = "1", maximum = "100000")
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be between 1 and 100000")
        @Max(value = GenerateSerialsRequest.MAX_COUNT, message = "must be between 1 and 100000")
        Integer count) {

    public static final int MAX_COUNT = 100_000;
}
