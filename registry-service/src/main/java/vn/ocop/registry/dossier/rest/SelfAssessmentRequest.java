package vn.ocop.registry.dossier.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** The producer's self-assessment: the option it picks for each criterion of its group's current criteria set. */
@Schema(name = "SelfAssessmentRequest")
public record SelfAssessmentRequest(
        @NotNull @Schema(description = "The dossier version read (optimistic locking)", examples = "0") Long version,
        @NotNull @Size(max = 200) @Schema(description = "Criterion code → option code; may be partial while the "
                + "dossier is a draft, must be complete to submit", examples = "{\"A1.1\": \"c\", \"A1.2\": \"b\"}")
        Map<@NotBlank String, @NotBlank String> selections) {
}
