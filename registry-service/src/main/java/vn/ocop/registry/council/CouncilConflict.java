package vn.ocop.registry.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A member's declared relation to a producer: the member recuses from every round on that producer's dossiers. */
@Entity
@Table(name = "council_conflict")
public class CouncilConflict extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "producer_id")
    public UUID producerId;

    public String reason;

    @Column(name = "declared_by")
    public String declaredBy;

    @Column(name = "declared_at")
    public OffsetDateTime declaredAt;
}
