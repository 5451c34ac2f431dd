package vn.ocop.registry.scoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import vn.ocop.registry.council.CouncilLevel;
import vn.ocop.registry.platform.persistence.TrackedEntity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One scoring session of a council on a dossier: who sat (present, recused), each member's scores, and once all
 * have scored the outcome — rejected when two totals are more than the allowed spread apart, otherwise the mean,
 * its band and the stars after mandatory-criteria caps.
 */
@Entity
@Table(name = "scoring_round")
public class ScoringRound extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "council_id")
    public UUID councilId;

    @Enumerated(EnumType.STRING)
    public CouncilLevel level;

    @Column(name = "round_no")
    public int roundNo;

    @Enumerated(EnumType.STRING)
    public RoundState state;

    @Column(name = "mean_score")
    public BigDecimal meanScore;

    @Column(name = "band_stars")
    public Short bandStars;

    public Short stars;

    /** Mandatory criteria that capped the stars, comma-separated. */
    @Column(name = "capped_by")
    public String cappedBy;

    public String outcome;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public java.time.OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public java.time.OffsetDateTime closedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "round_id", nullable = false)
    public List<RoundSeat> seats = new ArrayList<>();
}
