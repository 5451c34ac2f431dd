package vn.ocop.registry.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One member's scoring of a dossier in a round: the option per criterion, the part totals, failed mandatories. */
@Entity
@Immutable
@Table(name = "member_score")
public class MemberScore extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "member_id")
    public UUID memberId;

    /** JSON object criterion code → option code. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String selections;

    @Column(name = "part_a")
    public int partA;

    @Column(name = "part_b")
    public int partB;

    @Column(name = "part_c")
    public int partC;

    public int total;

    /** JSON object criterion code → star level, for the mandatory criteria this member failed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "failed_mandatory")
    public String failedMandatory;

    @Column(name = "scored_at")
    public OffsetDateTime scoredAt;
}
