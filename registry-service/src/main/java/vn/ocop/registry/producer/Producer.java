package vn.ocop.registry.producer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.ocop.registry.adminunit.Commune;
import vn.ocop.registry.platform.persistence.TrackedEntity;

import java.util.UUID;

/** A producer (enterprise, cooperative, cooperative group or household business) located in one commune. */
@Entity
public class Producer extends TrackedEntity {

    @Id
    public UUID id;

    public String name;

    @Column(name = "search_name")
    public String searchName;

    @Enumerated(EnumType.STRING)
    public ProducerType type;

    @Column(name = "tax_code")
    public String taxCode;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "commune_code")
    public Commune commune;

    public String address;

    @Column(name = "contact_name")
    public String contactName;

    public String phone;

    public String email;

    public int workers;
}
