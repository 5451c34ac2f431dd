package vn.ocop.traceability.serial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One generation request: how many serials were issued for a lot, by whom and when. */
@Entity
@Table(name = "serial_batch")
public class SerialBatch {

    @Id
    public UUID id;
    @Column(name = "lot_id")
    public UUID lotId;
    @Column(name = "product_id")
    public UUID productId;
    public int count;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
