package vn.ocop.registry.criteria.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.criteria.CriteriaSetVersion;

/** One answer a council member may pick for a criterion, with its points. */
@Schema(name = "CriterionOption")
public record CriterionOption(
        @NotBlank @Pattern(regexp = CriteriaPart.CODE, message = CriteriaPart.CODE_MESSAGE) @Schema(examples = "a") String code,
        @NotBlank @Size(max = 1000) String label,
        @NotNull @Min(0) @Max(40) Integer points,
        @Schema(description = "True when picking this option fails the criterion's mandatoryForStars level. Only "
                + "allowed on mandatory criteria; absent means false. This flag is the only failing rule: a 0-point "
                + "option without it does not fail.") Boolean failsMandatory) {

    static CriterionOption of(CriteriaSetVersion.Option o) {
        return new CriterionOption(o.code(), o.label(), o.points(), o.failsMandatory());
    }

    CriteriaSetVersion.Option toOption() {
        return new CriteriaSetVersion.Option(code, label, points, failsMandatory);
    }
}
