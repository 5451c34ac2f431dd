package vn.ocop.registry.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * An uploaded image, identified by the SHA-256 of the bytes received; its variants are in the blob store. Unused
 * since {@code unusedSince} when no owner shows it any more.
 */
@Entity
@Table(name = "media_image")
public class MediaImage extends PanacheEntityBase {

    @Id
    public String sha256;

    @Column(name = "source_type")
    public String sourceType;

    public int width;

    public int height;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "unused_since")
    public OffsetDateTime unusedSince;
}
