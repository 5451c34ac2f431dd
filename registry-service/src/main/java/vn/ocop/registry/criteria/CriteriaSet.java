package vn.ocop.registry.criteria;

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

/**
 * One published version of the criteria set of a product group: its parts A/B/C with sections, criteria and options
 * as canonical JSON, and the checksum of that JSON. Never changed once written (the table refuses updates).
 */
@Entity
@Immutable
@Table(name = "criteria_set")
public class CriteriaSet extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "group_code")
    public String groupCode;

    /** 1, 2, … per group; the highest is the current version. */
    public int version;

    public String title;

    @Column(name = "max_points")
    public int maxPoints;

    /** Canonical JSON of the parts (see {@code CriteriaSetService}). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String parts;

    /** SHA-256 (hex) of the canonical JSON of title and parts. */
    public String checksum;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;
}
