package vn.ocop.traceability.trace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The newest snapshot of a registry producer (chủ thể) seen by this service, with its commune and province. */
@Entity
@Table(name = "producer")
public class Producer {

    @Id
    public UUID id;
    public String name;
    public String type;
    @Column(name = "tax_code")
    public String taxCode;
    @Column(name = "commune_code")
    public String communeCode;
    @Column(name = "commune_name")
    public String communeName;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "province_name")
    public String provinceName;
    public String address;
    public Integer workers;
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
