package vn.ocop.registry.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A document of a dossier (PDF, JPEG or PNG, recognised by content) with its SHA-256 checksum; the bytes are in the
 * blob store under {@code storageKey}.
 */
@Entity
@Table(name = "dossier_attachment")
public class DossierAttachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    @Enumerated(EnumType.STRING)
    public AttachmentKind kind;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    /** The bytes of a row written before attachments moved to the blob store, until the copy has stored them. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    /** Where the bytes are in the blob store; null until a row written before the move has been copied. */
    @Column(name = "storage_key")
    public String storageKey;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
}
