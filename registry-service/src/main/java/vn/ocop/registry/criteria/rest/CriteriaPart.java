package vn.ocop.registry.criteria.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.criteria.CriteriaSetVersion;

import java.util.List;

/** Part A, B or C of a criteria set with its statutory maximum (40, 25, 35) and its sections. */
@Schema(name = "CriteriaPart")
public record CriteriaPart(
        @NotBlank @Schema(enumeration = {"A", "B", "C"}) String code,
        @NotBlank @Size(max = 500) @Schema(examples = "Sản phẩm và sức mạnh của cộng đồng") String title,
        @NotNull @Schema(description = "A 40, B 25, C 35; must equal the sum of the criteria maxima") Integer maxPoints,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid CriteriaSection> sections) {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";
    static final String CODE_MESSAGE = "must be 1-32 letters, digits, '.', '_' or '-'";

    static CriteriaPart of(CriteriaSetVersion.Part p) {
        return new CriteriaPart(p.code(), p.title(), p.maxPoints(), p.sections().stream().map(CriteriaSection::of)
                .toList());
    }

    CriteriaSetVersion.Part toPart() {
        return new CriteriaSetVersion.Part(code, title, maxPoints, sections.stream().map(CriteriaSection::toSection)
                .toList());
    }
}
