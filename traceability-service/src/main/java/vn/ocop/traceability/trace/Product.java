package vn.ocop.traceability.trace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The newest snapshot of a registry product: its group, its GTIN-14 (or none) and its producer. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    public UUID id;
    @Column(name = "producer_id")
    public UUID producerId;
    public String name;
    @Column(name = "group_code")
    public String groupCode;
    @Column(name = "group_name")
    public String groupName;
    public String gtin;
    public String description;
    public long version;
    /** The product's images (ImageData list from the registry's events, JSON), primary first; null: none known. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String images;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
