package vn.ocop.registry.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One image shown for a product or producer, at a position (0 is the primary image), with its alt texts. */
@Entity
@Table(name = "owner_image")
public class OwnerImage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type")
    public OwnerType ownerType;

    @Column(name = "owner_id")
    public UUID ownerId;

    public int position;

    public String sha256;

    @Column(name = "alt_vi")
    public String altVi;

    @Column(name = "alt_en")
    public String altEn;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;
}
