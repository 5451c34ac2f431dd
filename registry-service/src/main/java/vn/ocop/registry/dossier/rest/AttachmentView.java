package vn.ocop.registry.dossier.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.dossier.AttachmentKind;
import vn.ocop.registry.dossier.service.AttachmentInfo;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An attachment's metadata; its content is at {@code /dossiers/{id}/attachments/{attachmentId}/content}. */
@Schema(name = "Attachment")
public record AttachmentView(UUID id, UUID dossierId, AttachmentKind kind, String fileName,
                             @Schema(description = "Detected from the content: application/pdf, image/jpeg or "
                                     + "image/png") String mediaType,
                             long sizeBytes, @Schema(description = "SHA-256 of the content, hex") String sha256,
                             String uploadedBy, OffsetDateTime uploadedAt) {

    public static AttachmentView of(AttachmentInfo a) {
        return new AttachmentView(a.id(), a.dossierId(), a.kind(), a.fileName(), a.mediaType(), a.sizeBytes(),
                a.sha256(), a.uploadedBy(), a.uploadedAt());
    }
}
