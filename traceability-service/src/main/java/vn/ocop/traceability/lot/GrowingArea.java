package vn.ocop.traceability.lot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A raw-material area of a producer (field, tea hill, herd pasture): where a lot's inputs are grown or raised. */
@Entity
@Table(name = "growing_area")
public class GrowingArea {

    @Id
    public UUID id;
    @Column(name = "producer_id")
    public UUID producerId;
    public String name;
    @Column(name = "commune_code")
    public String communeCode;
    @Column(name = "commune_name")
    public String communeName;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "province_name")
    public String provinceName;
    public BigDecimal latitude;
    public BigDecimal longitude;
    /** GeoJSON Polygon text of the boundary, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String boundary;
    @Column(name = "area_hectares")
    public BigDecimal areaHectares;
    /** The crop or animal, e.g. "Ngựa bạch". */
    public String subject;
    /** CROP or ANIMAL. */
    @Column(name = "subject_kind")
    public String subjectKind;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
    /** The area's photo (ImageData JSON, variants served by this service), or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String photo;
}
