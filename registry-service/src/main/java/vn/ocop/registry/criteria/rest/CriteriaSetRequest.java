package vn.ocop.registry.criteria.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.criteria.service.PublishCriteriaSet;

import java.util.List;

/** A whole criteria set as an admin publishes it; the service assigns the next version of the group. */
@Schema(name = "CriteriaSetRequest")
public record CriteriaSetRequest(
        @NotBlank @Schema(description = "A code of GET /product-groups", examples = "HERBAL") String groupCode,
        @NotBlank @Size(max = 500) String title,
        @NotNull @Schema(description = "Exactly parts A, B and C, in this order") List<@NotNull @Valid CriteriaPart> parts) {

    public PublishCriteriaSet toCommand() {
        return new PublishCriteriaSet(groupCode, title, parts.stream().map(CriteriaPart::toPart).toList());
    }
}
