package vn.ocop.registry.council.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.council.service.DeclareConflict;

import java.util.UUID;

/** Declares that a member is related to a producer (and so recuses from its dossiers). */
@Schema(name = "ConflictRequest")
public record ConflictRequest(@NotNull UUID memberId, @NotNull UUID producerId,
                              @NotBlank @Size(max = 1000) @Schema(examples = "Anh ruột của chủ cơ sở") String reason) {

    public DeclareConflict toCommand() {
        return new DeclareConflict(memberId, producerId, reason);
    }
}
