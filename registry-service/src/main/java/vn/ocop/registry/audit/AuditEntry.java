package vn.ocop.registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of the append-only audit trail: who did what to which dossier, round, council or certificate, when, with
 * the record as JSON before and after. The table refuses updates and deletes.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public UUID entityId;

    public String action;

    public String actor;

    /** The province the entity belongs to (null for national records); scopes province-admin reads. */
    @Column(name = "province_code")
    public String provinceCode;

    public OffsetDateTime at;

    @JdbcTypeCode(SqlTypes.JSON)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    public String after;
}
