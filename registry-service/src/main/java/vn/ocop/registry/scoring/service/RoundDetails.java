package vn.ocop.registry.scoring.service;

import vn.ocop.registry.council.CouncilLevel;
import vn.ocop.registry.scoring.RoundState;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scoring round as the caller may see it: its seats, and once closed the totals and the result. Members' names,
 * the opener and individual scores are null unless the caller is council staff or an authority above it (the
 * producer sees the result and the per-criterion means). Also the round's state in the audit trail.
 */
public record RoundDetails(UUID id, UUID dossierId, UUID councilId, CouncilLevel level, int roundNo, RoundState state,
                           List<Seat> seats, BigDecimal meanScore, Integer bandStars, Integer stars,
                           List<String> cappedBy, String outcome, String openedBy, OffsetDateTime openedAt,
                           OffsetDateTime closedAt, Map<String, BigDecimal> criterionMeans) {

    /** One member's seat; the scores show once the round is closed, to those who may see them. */
    public record Seat(UUID memberId, String fullName, boolean chair, boolean present, boolean recused,
                       String recusalReason, boolean scored, Integer total, Map<String, Integer> parts,
                       List<String> failedMandatory) {
    }
}
