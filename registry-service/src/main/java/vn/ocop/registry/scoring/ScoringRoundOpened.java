package vn.ocop.registry.scoring;

import java.util.UUID;

/** Fired inside the transaction that opens a scoring round on a dossier (of {@code productId}). */
public record ScoringRoundOpened(UUID roundId, UUID dossierId, UUID productId, int roundNo) {
}
