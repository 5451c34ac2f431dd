package vn.ocop.registry.adminunit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A commune, ward or special zone (3,321 since 2025-07-01), reference data: kept in Hibernate's second-level cache,
 * as nothing but the start-up load of the bundled list writes it.
 */
@Entity
@Cacheable
public class Commune extends PanacheEntityBase {

    @Id
    public String code;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "province_code")
    public Province province;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "search_name")
    public String searchName;
}
