package vn.ocop.registry.criteria.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.criteria.CriteriaSetVersion;

import java.util.List;

/** A criterion: a member picks exactly one of its options; its maximum is the highest option. */
@Schema(name = "Criterion")
public record Criterion(
        @NotBlank @Pattern(regexp = CriteriaPart.CODE, message = CriteriaPart.CODE_MESSAGE) @Schema(examples = "C2.1") String code,
        @NotBlank @Size(max = 1000) String title,
        @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "A product whose picked option fails this criterion cannot get this many stars or more")
        Integer mandatoryForStars,
        @NotNull @Size(min = 2, max = 20, message = "must have between 2 and 20 options")
        List<@NotNull @Valid CriterionOption> options) {

    static Criterion of(CriteriaSetVersion.Criterion c) {
        return new Criterion(c.code(), c.title(), c.mandatoryForStars(), c.options().stream()
                .map(CriterionOption::of).toList());
    }

    CriteriaSetVersion.Criterion toCriterion() {
        return new CriteriaSetVersion.Criterion(code, title, mandatoryForStars, options.stream()
                .map(CriterionOption::toOption).toList());
    }
}
