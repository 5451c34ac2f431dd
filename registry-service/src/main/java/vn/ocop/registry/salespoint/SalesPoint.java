package vn.ocop.registry.salespoint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.ocop.registry.adminunit.Commune;
import vn.ocop.registry.platform.persistence.TrackedEntity;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A promotion and sales point of OCOP products (điểm giới thiệu và bán sản phẩm OCOP) or a trade fair: where it is,
 * who operates it, and which products it displays.
 */
@Entity
@Table(name = "sales_point")
public class SalesPoint extends TrackedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public SalesPointKind kind;

    public String name;

    @Column(name = "search_name")
    public String searchName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "commune_code")
    public Commune commune;

    public String address;

    public Double latitude;

    public Double longitude;

    @Column(name = "operator_name")
    public String operatorName;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sales_point_product", joinColumns = @JoinColumn(name = "sales_point_id"))
    @Column(name = "product_id")
    public Set<UUID> productIds = new LinkedHashSet<>();
}
