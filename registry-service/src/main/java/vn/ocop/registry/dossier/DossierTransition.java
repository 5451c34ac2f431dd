package vn.ocop.registry.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One state change of a dossier: from, to, who, when and why. */
@Entity
@Immutable
@Table(name = "dossier_transition")
public class DossierTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public DossierState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public DossierState toState;

    public String actor;

    public String reason;

    public OffsetDateTime at;
}
