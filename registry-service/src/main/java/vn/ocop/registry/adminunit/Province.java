package vn.ocop.registry.adminunit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A province or centrally-run city (34 since 2025-07-01), reference data: kept in Hibernate's second-level cache, as
 * nothing but the start-up load of the bundled list writes it.
 */
@Entity
@Cacheable
public class Province extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "code_name")
    public String codeName;
}
