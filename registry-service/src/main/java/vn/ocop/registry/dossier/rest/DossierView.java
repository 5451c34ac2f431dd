package vn.ocop.registry.dossier.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.dossier.DossierKind;
import vn.ocop.registry.dossier.DossierState;
import vn.ocop.registry.dossier.service.DossierDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A dossier as the API shows it; {@code version} is what the next change must send back. */
@Schema(name = "Dossier")
public record DossierView(UUID id, UUID productId, String productName, UUID producerId, String producerName,
                          String communeCode, String provinceCode, DossierKind kind, DossierState state,
                          String criteriaGroup,
                          @Schema(description = "Pinned at submission") Integer criteriaVersion,
                          Map<String, String> selfAssessment, Integer selfScore, LocalDate samplesReceivedOn,
                          String returnReason,
                          @Schema(description = "Mean score of the provincial council when it sent the dossier to "
                                  + "the ministry") BigDecimal provincialScore,
                          BigDecimal finalScore, Integer finalStars, String decisionReason, UUID certificateId,
                          OffsetDateTime submittedAt, OffsetDateTime decidedAt, String createdBy, long version,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static DossierView of(DossierDetails d) {
        return new DossierView(d.id(), d.productId(), d.productName(), d.producerId(), d.producerName(),
                d.communeCode(), d.provinceCode(), d.kind(), d.state(), d.criteriaGroup(), d.criteriaVersion(),
                d.selfAssessment(), d.selfScore(), d.samplesReceivedOn(), d.returnReason(), d.provincialScore(),
                d.finalScore(), d.finalStars(), d.decisionReason(), d.certificateId(), d.submittedAt(),
                d.decidedAt(), d.createdBy(), d.version(), d.createdAt(), d.updatedAt());
    }
}
