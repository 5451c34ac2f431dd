package vn.ocop.registry.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of a product's place in the catalog of certified products; {@code seq} is the sync cursor. */
@Entity
@Immutable
@Table(name = "catalog_change")
public class CatalogChange extends PanacheEntityBase {

    /** A product entered or changed in the catalog, or left it. */
    public enum Kind { UPSERT, REMOVED }

    /** Why a product left the catalog. */
    public enum Reason { REVOKED, EXPIRED, DOWNGRADED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "province_code")
    public String provinceCode;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Reason reason;

    public OffsetDateTime at;
}
