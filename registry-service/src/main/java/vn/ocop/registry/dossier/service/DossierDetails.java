package vn.ocop.registry.dossier.service;

import vn.ocop.registry.dossier.DossierKind;
import vn.ocop.registry.dossier.DossierState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A dossier as read, with its product's and producer's names and its self-assessment picks; {@code version} is what
 * the next change must send back. Also the dossier's before/after state in the audit trail.
 */
public record DossierDetails(UUID id, UUID productId, String productName, UUID producerId, String producerName,
                             String communeCode, String provinceCode, DossierKind kind, DossierState state,
                             String criteriaGroup, Integer criteriaVersion, Map<String, String> selfAssessment,
                             Integer selfScore, LocalDate samplesReceivedOn, String returnReason,
                             BigDecimal provincialScore, BigDecimal finalScore, Integer finalStars,
                             String decisionReason, UUID certificateId, OffsetDateTime submittedAt,
                             OffsetDateTime decidedAt, String createdBy, long version, OffsetDateTime createdAt,
                             OffsetDateTime updatedAt) {
}
