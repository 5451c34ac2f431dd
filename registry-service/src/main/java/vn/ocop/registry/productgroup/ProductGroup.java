package vn.ocop.registry.productgroup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A node of the 148/QĐ-TTg product tree (group, nhóm, phân nhóm); the six top-level groups are seeded. Kept in
 * Hibernate's second-level cache: only migrations write the tree.
 */
@Entity
@Cacheable
@Table(name = "product_group")
public class ProductGroup extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "sort_order")
    public int sortOrder;
}
