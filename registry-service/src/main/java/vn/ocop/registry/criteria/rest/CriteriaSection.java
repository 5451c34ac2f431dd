package vn.ocop.registry.criteria.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.criteria.CriteriaSetVersion;

import java.util.List;

/** A section of a part (e.g. A1 "Tổ chức sản xuất") grouping criteria. */
@Schema(name = "CriteriaSection")
public record CriteriaSection(
        @NotBlank @Pattern(regexp = CriteriaPart.CODE, message = CriteriaPart.CODE_MESSAGE) @Schema(examples = "A1") String code,
        @NotBlank @Size(max = 500) String title,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Criterion> criteria) {

    static CriteriaSection of(CriteriaSetVersion.Section s) {
        return new CriteriaSection(s.code(), s.title(), s.criteria().stream().map(Criterion::of).toList());
    }

    CriteriaSetVersion.Section toSection() {
        return new CriteriaSetVersion.Section(code, title, criteria.stream().map(Criterion::toCriterion).toList());
    }
}
