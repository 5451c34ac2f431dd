package vn.ocop.registry.linkage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.registry.platform.persistence.TrackedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A declared production or sales linkage of a product with a partner, valid over a period. */
@Entity
@Table(name = "linkage_contract")
public class LinkageContract extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "partner_name")
    public String partnerName;

    @Enumerated(EnumType.STRING)
    public LinkageRole role;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;
}
