package vn.ocop.traceability.lot.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.ocop.traceability.lot.service.GrowingAreaCommand;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A growing area to register or replace. {@code producerId} is taken from a producer's token (an admin must give it);
 * commune and province names are taken from the producer's projection when the area is in the producer's commune.
 * {@code boundary} is an optional GeoJSON Polygon (WGS 84, [longitude, latitude] positions); {@code version} is
 * required when replacing (optimistic concurrency).
 */
public record GrowingAreaRequest(
        UUID producerId,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") String communeCode,
        @Size(max = 200) String communeName,
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String provinceCode,
        @Size(max = 200) String provinceName,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6) BigDecimal latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal longitude,
        JsonNode boundary,
        @NotNull @Positive @Digits(integer = 8, fraction = 4) BigDecimal areaHectares,
        @NotBlank @Size(max = 200) String subject,
        @NotNull @Pattern(regexp = "CROP|ANIMAL", message = "must be CROP or ANIMAL") String subjectKind,
        Long version) {

    public GrowingAreaCommand toCommand() {
        return new GrowingAreaCommand(producerId, name, communeCode, communeName, provinceCode, provinceName, latitude,
                longitude, boundary, areaHectares, subject, subjectKind, version);
    }
}
