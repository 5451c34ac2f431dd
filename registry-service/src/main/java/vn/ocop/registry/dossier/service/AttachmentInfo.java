package vn.ocop.registry.dossier.service;

import vn.ocop.registry.dossier.AttachmentKind;
import vn.ocop.registry.dossier.DossierAttachment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An attachment's metadata without its bytes: what it is, its detected media type, size and SHA-256, who uploaded it
 * and when. Also the attachment's state in the audit trail.
 */
public record AttachmentInfo(UUID id, UUID dossierId, AttachmentKind kind, String fileName, String mediaType,
                             long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {

    static AttachmentInfo of(DossierAttachment a) {
        return new AttachmentInfo(a.id, a.dossierId, a.kind, a.fileName, a.mediaType, a.sizeBytes, a.sha256,
                a.uploadedBy, a.uploadedAt);
    }
}
