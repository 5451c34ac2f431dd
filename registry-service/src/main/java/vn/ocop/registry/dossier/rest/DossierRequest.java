package vn.ocop.registry.dossier.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Opens a dossier (in DRAFT) for a product. */
@Schema(name = "DossierRequest")
public record DossierRequest(@NotNull @Schema(description = "The product to evaluate") UUID productId) {
}
