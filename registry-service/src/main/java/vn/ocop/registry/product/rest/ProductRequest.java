package vn.ocop.registry.product.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.product.service.ProductCommand;

import java.util.UUID;

/** What is filled in to register or update a product. */
@Schema(name = "ProductRequest")
public record ProductRequest(
        @NotNull UUID producerId,
        @NotBlank @Size(max = 300) @Schema(examples = "Cao ngựa bạch Hoan Hoa") String name,
        @NotBlank @Schema(description = "A code of GET /product-groups", examples = "HERBAL") String groupCode,
        @Pattern(regexp = "\\d{8}|\\d{12,14}", message = "must be a GTIN-8, -12, -13 or -14 (digits only)")
        @Schema(examples = "8935000000014") String gtin,
        @Size(max = 5000) String description) {

    /** The request as {@link ProductCommand} for the service. */
    ProductCommand toCommand() {
        return new ProductCommand(producerId, name, groupCode, gtin, description);
    }

    /** The request a command stands for (to check it against this record's rules). */
    static ProductRequest of(ProductCommand c) {
        return new ProductRequest(c.producerId(), c.name(), c.groupCode(), c.gtin(), c.description());
    }
}
