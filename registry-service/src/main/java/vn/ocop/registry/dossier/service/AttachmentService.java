package vn.ocop.registry.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.platform.media.MediaKeys;
import vn.ocop.platform.storage.BlobStore;
import vn.ocop.registry.audit.service.AuditTrail;
import vn.ocop.registry.dossier.AttachmentKind;
import vn.ocop.registry.dossier.Dossier;
import vn.ocop.registry.dossier.DossierAttachment;
import vn.ocop.registry.dossier.repository.DossierAttachmentRepository;
import vn.ocop.registry.platform.config.RegistryConfig;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.registry.platform.text.Digests;
import vn.ocop.registry.platform.text.TextSearch;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;

import java.util.List;
import java.util.UUID;

/**
 * Owns dossier attachments: accepts PDF, JPEG and PNG recognised by their leading bytes (never by name or declared
 * type alone), up to {@code ocop.dossiers.max-attachment-bytes} each and {@code max-attachments} /
 * {@code max-attachments-total-bytes} per dossier, stores the bytes in the blob store (content-addressed) and their
 * metadata with a SHA-256 checksum in the dossier's transaction, and serves them back to whoever may see the dossier.
 */
@ApplicationScoped
public class AttachmentService {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final DossierAttachmentRepository attachments;
    private final DossierService dossiers;
    private final AuditTrail audit;
    private final CallerProvider caller;
    private final RegistryConfig config;
    private final Clock clock;
    private final BlobStore store;

    public AttachmentService(DossierAttachmentRepository attachments, DossierService dossiers, AuditTrail audit,
                             CallerProvider caller, RegistryConfig config, Clock clock, BlobStore store) {
        this.attachments = attachments;
        this.dossiers = dossiers;
        this.audit = audit;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
        this.store = store;
    }

    /** An attachment with its bytes. */
    public record Content(AttachmentInfo attachment, byte[] bytes) {
    }

    /** Adds a document to a draft; the dossier's version goes up. */
    @Transactional
    public AttachmentInfo upload(UUID dossierId, long version, AttachmentKind kind, String fileName,
                                    String declaredType, byte[] content) {
        long limit = config.dossiers().maxAttachmentBytes();
        if (content == null || content.length == 0) {
            throw DomainException.invalid("body", "is empty; send the file's bytes as the request body");
        }
        if (content.length > limit) {
            throw DomainException.tooLarge("The attachment is " + content.length + " bytes; at most " + limit
                    + " are accepted", new FieldError("body", "must be at most " + limit + " bytes"));
        }
        String mediaType = detect(content);
        if (mediaType == null) {
            throw DomainException.unsupportedType("The content is not a PDF, JPEG or PNG file",
                    new FieldError("body", "must be a PDF, JPEG or PNG file (recognised by its content)"));
        }
        String declared = declaredType == null ? null : declaredType.split(";")[0].trim().toLowerCase();
        if (declared != null && List.of("application/pdf", "image/jpeg", "image/png").contains(declared)
                && !declared.equals(mediaType)) {
            throw DomainException.unsupportedType("The content is " + mediaType + " but was sent as " + declared,
                    new FieldError("Content-Type", "does not match the content (" + mediaType + ")"));
        }
        Dossier dossier = dossiers.editableDraft(dossierId, version);
        long[] held = attachments.countAndBytes(dossier.id);
        if (held[0] + 1 > config.dossiers().maxAttachments()) {
            throw DomainException.limitExceeded("attachment-limit", "The dossier holds " + held[0]
                    + " attachments; at most " + config.dossiers().maxAttachments() + " are accepted",
                    new FieldError("body", "a dossier holds at most " + config.dossiers().maxAttachments()
                            + " attachments"));
        }
        if (held[1] + content.length > config.dossiers().maxAttachmentsTotalBytes()) {
            throw DomainException.limitExceeded("attachment-limit", "The dossier's attachments would total "
                    + (held[1] + content.length) + " bytes; at most " + config.dossiers().maxAttachmentsTotalBytes()
                    + " are accepted", new FieldError("body", "a dossier's attachments total at most "
                    + config.dossiers().maxAttachmentsTotalBytes() + " bytes"));
        }
        DossierAttachment attachment = new DossierAttachment();
        attachment.id = UUID.randomUUID();
        attachment.dossierId = dossier.id;
        attachment.kind = kind;
        attachment.fileName = fileName == null || fileName.isBlank() ? kind.name().toLowerCase() + extension(mediaType)
                : TextSearch.clean(fileName);
        attachment.mediaType = mediaType;
        attachment.sizeBytes = content.length;
        attachment.sha256 = Digests.sha256Hex(content);
        attachment.storageKey = MediaKeys.document(attachment.sha256);
        // content-addressed and write-once: a rolled-back upload leaves bytes only a later identical upload reuses
        store.put(attachment.storageKey, content, mediaType);
        attachment.uploadedBy = caller.current().actor();
        attachment.uploadedAt = OffsetDateTime.now(clock);
        attachments.persist(attachment);
        dossiers.touch(dossier);
        AttachmentInfo added = AttachmentInfo.of(attachment);
        audit.record(AuditTrail.DOSSIER, dossier.id, "attachment-added", dossier.provinceCode, null, added);
        return added;
    }

    @Transactional
    public List<AttachmentInfo> of(UUID dossierId) {
        return attachments.of(dossiers.visible(dossierId).id).stream().map(AttachmentInfo::of).toList();
    }

    /** One attachment with its bytes (from the blob store, or the row while it awaits the copy). */
    @Transactional
    public Content get(UUID dossierId, UUID attachmentId) {
        Dossier dossier = dossiers.visible(dossierId);
        DossierAttachment attachment = attachments.findByIdOptional(attachmentId)
                .filter(a -> a.dossierId.equals(dossier.id))
                .orElseThrow(() -> DomainException.notFound("Attachment", attachmentId));
        byte[] bytes = attachment.storageKey == null ? attachment.content : store.get(attachment.storageKey)
                .orElseThrow(() -> new IllegalStateException("attachment " + attachmentId + " is missing from the "
                        + "blob store at " + attachment.storageKey));
        return new Content(AttachmentInfo.of(attachment), bytes);
    }

    /** Removes a document from a draft; the dossier's version goes up. */
    @Transactional
    public void delete(UUID dossierId, UUID attachmentId, long version) {
        Dossier dossier = dossiers.editableDraft(dossierId, version);
        DossierAttachment attachment = attachments.findByIdOptional(attachmentId)
                .filter(a -> a.dossierId.equals(dossier.id))
                .orElseThrow(() -> DomainException.notFound("Attachment", attachmentId));
        AttachmentInfo before = AttachmentInfo.of(attachment);
        attachments.delete(attachment);
        dossiers.touch(dossier);
        audit.record(AuditTrail.DOSSIER, dossier.id, "attachment-removed", dossier.provinceCode, before, null);
    }

    /** The media type the leading bytes identify, or null. */
    static String detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }

}
