package vn.ocop.registry.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One indicator a target can name (data, V8); its formula lives in {@code IndicatorCodes} and the OpenAPI. */
@Entity
@Table(name = "indicator_definition")
public class IndicatorDefinition extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    public String unit;
    @Column(name = "sort_order")
    public int sortOrder;
}
