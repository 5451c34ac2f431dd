package vn.ocop.registry.scoring.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Opens a scoring session of a council on a dossier with the members present. */
@Schema(name = "OpenRoundRequest")
public record OpenRoundRequest(
        @NotNull @Schema(description = "The dossier under COUNCIL_REVIEW or MINISTRY_REVIEW") UUID dossierId,
        @NotNull @Schema(description = "The province's council (COUNCIL_REVIEW) or the national council "
                + "(MINISTRY_REVIEW)") UUID councilId,
        @NotNull @Size(min = 1, max = 40) @Schema(description = "Member ids of those present")
        List<@NotNull UUID> presentMemberIds) {
}
