package vn.ocop.traceability.serial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One serialized unit (GS1 AI 21) issued for a lot: unique within its product, with the counters its scans keep up
 * to date. Rows are written in bulk by the repository (COPY), never one by one through the entity manager.
 */
@Entity
@Table(name = "serial")
@IdClass(Serial.Key.class)
public class Serial {

    @Id
    @Column(name = "product_id")
    public UUID productId;
    @Id
    public String serial;
    @Column(name = "lot_id")
    public UUID lotId;
    @Column(name = "batch_id")
    public UUID batchId;
    /** Position within the lot, from 1, continuing across batches. */
    public int seq;
    @Column(name = "scan_count")
    public long scanCount;
    @Column(name = "first_scanned_at")
    public OffsetDateTime firstScannedAt;
    @Column(name = "last_latitude")
    public BigDecimal lastLatitude;
    @Column(name = "last_longitude")
    public BigDecimal lastLongitude;
    @Column(name = "last_located_at")
    public OffsetDateTime lastLocatedAt;

    /** The key of a unit: its product and its serial. */
    public static class Key implements Serializable {
        public UUID productId;
        public String serial;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(productId, key.productId)
                    && Objects.equals(serial, key.serial);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productId, serial);
        }
    }
}
