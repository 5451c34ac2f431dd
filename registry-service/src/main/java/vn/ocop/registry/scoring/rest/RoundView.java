package vn.ocop.registry.scoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.council.CouncilLevel;
import vn.ocop.registry.scoring.RoundState;
import vn.ocop.registry.scoring.service.RoundDetails;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scoring round with its seats; totals and the result appear once it is closed. Members' names and individual
 * scores are shown to council staff, province admins, ministry and admin only; the producer sees the result and the
 * per-criterion means.
 */
@Schema(name = "ScoringRound")
public record RoundView(UUID id, UUID dossierId, UUID councilId, CouncilLevel level, int roundNo, RoundState state,
                        List<Seat> seats,
                        @Schema(description = "Mean of the members' totals, 2 decimals") BigDecimal meanScore,
                        @Schema(description = "Stars of the mean's band") Integer bandStars,
                        @Schema(description = "Stars after mandatory-criteria caps; at provincial level a 5★ result "
                                + "sends the dossier to the ministry") Integer stars,
                        List<String> cappedBy, String outcome,
                        @Schema(description = "Account that opened the round; council staff and authorities only")
                        String openedBy, OffsetDateTime openedAt, OffsetDateTime closedAt,
                        @Schema(description = "Once closed: criterion code → mean of the members' points, 2 decimals")
                        Map<String, BigDecimal> criterionMeans) {

    public static RoundView of(RoundDetails r) {
        return new RoundView(r.id(), r.dossierId(), r.councilId(), r.level(), r.roundNo(), r.state(),
                r.seats().stream().map(Seat::of).toList(), r.meanScore(), r.bandStars(), r.stars(), r.cappedBy(),
                r.outcome(), r.openedBy(), r.openedAt(), r.closedAt(), r.criterionMeans());
    }

    /**
     * One member's seat; {@code total}, the part points and failed mandatories show once the round is closed, and
     * like {@code fullName} and the recusal reason only to council staff and the authorities above them.
     */
    @Schema(name = "RoundSeat")
    public record Seat(UUID memberId, String fullName, boolean chair, boolean present, boolean recused,
                       String recusalReason, boolean scored, Integer total, Map<String, Integer> parts,
                       List<String> failedMandatory) {

        static Seat of(RoundDetails.Seat s) {
            return new Seat(s.memberId(), s.fullName(), s.chair(), s.present(), s.recused(), s.recusalReason(),
                    s.scored(), s.total(), s.parts(), s.failedMandatory());
        }
    }
}
