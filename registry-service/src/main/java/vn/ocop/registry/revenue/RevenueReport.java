package vn.ocop.registry.revenue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.registry.platform.persistence.TrackedEntity;

import java.util.UUID;

/** The revenue of one product in one calendar year, as its producer (or an officer) reported it. */
@Entity
@Table(name = "revenue_report")
public class RevenueReport extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "product_id")
    public UUID productId;

    public int year;

    @Column(name = "revenue_vnd")
    public long revenueVnd;

    public String note;

    @Column(name = "reported_by")
    public String reportedBy;
}
