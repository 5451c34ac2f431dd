package vn.ocop.contract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of dossier events: the dossier after the fact. {@code finalStars}, {@code finalScore} and
 * {@code certificateId} are set once it is ranked; {@code reason} explains a rejection.
 */
public record DossierData(UUID dossierId, UUID productId, UUID producerId, String provinceCode, String kind,
                          String state, String criteriaGroup, Integer criteriaVersion, OffsetDateTime submittedAt,
                          BigDecimal finalScore, Integer finalStars, UUID certificateId, String reason,
                          OffsetDateTime decidedAt) {
}
