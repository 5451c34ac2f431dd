package vn.ocop.registry.dossier;

import java.util.UUID;

/**
 * Fired inside the transaction that returns a dossier to its producer for correction; {@code version} (the dossier's
 * version after the return) tells this return from later ones.
 */
public record DossierReturned(UUID dossierId, UUID productId, String reason, long version) {
}
