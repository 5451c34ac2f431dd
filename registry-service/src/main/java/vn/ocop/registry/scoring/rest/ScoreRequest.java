package vn.ocop.registry.scoring.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** A member's scoring: one option for every criterion of the dossier's criteria set version. */
@Schema(name = "ScoreRequest")
public record ScoreRequest(
        @NotNull @Size(min = 1, max = 200) @Schema(description = "Criterion code → option code, every criterion",
                examples = "{\"A1.1\": \"c\", \"A1.2\": \"b\"}") Map<@NotBlank String, @NotBlank String> selections) {
}
