package vn.ocop.registry.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.ocop.registry.platform.persistence.TrackedEntity;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.productgroup.ProductGroup;

import java.util.UUID;

/** A product of one producer, classified in the 148/QĐ-TTg tree, with an optional GTIN-14. */
@Entity
public class Product extends TrackedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "producer_id")
    public Producer producer;

    public String name;

    @Column(name = "search_name")
    public String searchName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "group_code")
    public ProductGroup group;

    /** GTIN-14 form, or null for a product without a barcode. */
    public String gtin;

    public String description;
}
