package vn.ocop.registry.council.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.council.CouncilLevel;
import vn.ocop.registry.council.service.SetUpCouncil;

import java.util.List;

/** Sets up a council with its members; exactly one member is the chair. */
@Schema(name = "CouncilRequest")
public record CouncilRequest(
        @NotNull CouncilLevel level,
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code")
        @Schema(description = "Required for a PROVINCIAL council, absent for the NATIONAL one", examples = "19")
        String provinceCode,
        @NotBlank @Size(max = 300) @Schema(examples = "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thái Nguyên")
        String name,
        @NotNull @Size(min = 2, max = 40, message = "must have between 2 and 40 members")
        List<@NotNull @Valid Member> members) {

    /** A member: the token subject of the person, their name, and whether they chair the council. */
    @Schema(name = "CouncilMemberRequest")
    public record Member(@NotBlank @Size(max = 200) @Schema(examples = "nguyen.van.a@thainguyen.gov.vn") String subject,
                         @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Văn A") String fullName,
                         boolean chair) {
    }

    public SetUpCouncil toCommand() {
        return new SetUpCouncil(level, provinceCode, name, members.stream()
                .map(m -> new SetUpCouncil.Member(m.subject(), m.fullName(), m.chair())).toList());
    }
}
