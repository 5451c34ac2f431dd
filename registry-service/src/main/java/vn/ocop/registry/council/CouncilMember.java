package vn.ocop.registry.council;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** A seat on a council, held by the person whose token subject is {@code subject}. */
@Entity
@Table(name = "council_member")
public class CouncilMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_id")
    public Council council;

    /** The JWT subject ({@code sub}/{@code upn}) of the member. */
    public String subject;

    @Column(name = "full_name")
    public String fullName;

    public boolean chair;
}
