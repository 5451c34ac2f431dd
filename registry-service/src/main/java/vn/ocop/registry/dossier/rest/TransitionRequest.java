package vn.ocop.registry.dossier.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.dossier.DossierState;
import vn.ocop.registry.dossier.service.MoveDossier;

import java.time.LocalDate;

/** Moves a dossier to another state of the workflow. */
@Schema(name = "TransitionRequest")
public record TransitionRequest(
        @NotNull @Schema(description = "SUBMITTED (from DRAFT), COMMUNE_REVIEW (from SUBMITTED), COUNCIL_REVIEW (from "
                + "COMMUNE_REVIEW), DRAFT (return for correction, with a reason) or REJECTED (with a reason). "
                + "MINISTRY_REVIEW and RANKED are reached only through council scoring.") DossierState to,
        @NotNull @Schema(description = "The dossier version read; a different current version gives 409",
                examples = "3") Long version,
        @Size(max = 2000) @Schema(description = "Required when returning or rejecting") String reason,
        @Schema(description = "When the commune received the 5 product samples; required to go to COUNCIL_REVIEW "
                + "unless already recorded") LocalDate samplesReceivedOn) {

    public MoveDossier toCommand() {
        return new MoveDossier(to, version, reason, samplesReceivedOn);
    }
}
