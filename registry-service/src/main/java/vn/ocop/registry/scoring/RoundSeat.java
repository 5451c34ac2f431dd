package vn.ocop.registry.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A council member's seat in a round: present or not, and recused for a declared conflict. */
@Entity
@Table(name = "round_seat")
public class RoundSeat extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    public boolean present;

    public boolean recused;

    @Column(name = "recusal_reason")
    public String recusalReason;

    /** Whether this member scores in the round. */
    public boolean scores() {
        return present && !recused;
    }
}
