package vn.ocop.traceability.lot.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.ocop.traceability.lot.mapping.LotCodes;
import vn.ocop.traceability.lot.service.LotCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A new lot of a certified product: GS1 AI (10) lot code, dates, quantity and the growing area it comes from. */
public record LotRequest(
        @NotNull @Pattern(regexp = LotCodes.PATTERN, message = LotCodes.MESSAGE) String lotCode,
        @NotNull LocalDate productionDate,
        LocalDate expiryDate,
        @NotNull @Positive @Digits(integer = 11, fraction = 3) BigDecimal quantity,
        @NotBlank @Size(max = 20) String unit,
        UUID growingAreaId) {

    public LotCommand toCommand() {
        return new LotCommand(lotCode, productionDate, expiryDate, quantity, unit, growingAreaId);
    }
}
