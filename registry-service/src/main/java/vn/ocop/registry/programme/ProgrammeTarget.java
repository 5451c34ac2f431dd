package vn.ocop.registry.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A province's programme target for a period: an indicator of {@code indicator_definition}, a comparator and the value
 * to reach. Its progress is never stored: it is the indicator computed live over the period.
 */
@Entity
@Table(name = "programme_target")
public class ProgrammeTarget extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "indicator_code")
    public String indicatorCode;
    @Enumerated(EnumType.STRING)
    public TargetComparator comparator;
    @Column(name = "target_value")
    public BigDecimal targetValue;
    public String note;
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
