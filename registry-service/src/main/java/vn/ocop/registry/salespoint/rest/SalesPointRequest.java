package vn.ocop.registry.salespoint.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.salespoint.service.SalesPointCommand;
import vn.ocop.registry.salespoint.SalesPointKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A promotion and sales point or a trade fair; {@code version} is required when updating. */
@Schema(name = "SalesPointRequest")
public record SalesPointRequest(
        @NotNull SalesPointKind kind,
        @NotBlank @Size(max = 300) @Schema(examples = "Điểm giới thiệu và bán sản phẩm OCOP Phú Bình") String name,
        @NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") @Schema(examples = "05908")
        String communeCode,
        @NotBlank @Size(max = 500) @Schema(examples = "Chợ Úc Sơn, xã Phú Bình") String address,
        @DecimalMin(value = "-90", message = "must be between -90 and 90")
        @DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
        @DecimalMin(value = "-180", message = "must be between -180 and 180")
        @DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude,
        @NotBlank @Size(max = 300) @Schema(examples = "HTX Nông nghiệp Úc Kỳ") String operatorName,
        @Schema(description = "Required for a FAIR") LocalDate startsOn,
        @Schema(description = "Required for a FAIR, not before startsOn") LocalDate endsOn,
        @Size(max = 500) List<@NotNull UUID> productIds,
        @Schema(description = "The version read (updates only)") Long version) {

    /** The request as {@link SalesPointCommand} for the service. */
    SalesPointCommand toCommand() {
        return new SalesPointCommand(kind, name, communeCode, address, latitude, longitude, operatorName, startsOn,
                endsOn, productIds, version);
    }
}
