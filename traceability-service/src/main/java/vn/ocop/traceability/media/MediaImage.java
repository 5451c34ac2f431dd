package vn.ocop.traceability.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An image stored here (a growing-area photo), unused since {@code unusedSince} when nothing shows it any more. */
@Entity
@Table(name = "media_image")
public class MediaImage extends PanacheEntityBase {

    @Id
    public String sha256;

    public int width;

    public int height;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "unused_since")
    public OffsetDateTime unusedSince;
}
