package vn.ocop.registry.dossier.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.dossier.AttachmentKind;
import vn.ocop.registry.dossier.DossierAttachment;

import java.util.List;
import java.util.UUID;

/** Attachments of dossiers (metadata reads do not load the content). */
@ApplicationScoped
public class DossierAttachmentRepository implements PanacheRepositoryBase<DossierAttachment, UUID> {

    /** An attachment whose bytes are still in the database. */
    public record Uncopied(UUID id, String sha256, String mediaType, byte[] content) {
    }

    public List<DossierAttachment> of(UUID dossierId) {
        return list("dossierId", Sort.by("uploadedAt").and("id"), dossierId);
    }

    /** How many attachments the dossier has and their total bytes. */
    public long[] countAndBytes(UUID dossierId) {
        Object[] row = getEntityManager().createQuery("select count(a), coalesce(sum(a.sizeBytes), 0) from "
                + "DossierAttachment a where a.dossierId = ?1", Object[].class).setParameter(1, dossierId)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    public boolean hasKind(UUID dossierId, AttachmentKind kind) {
        return count("dossierId = ?1 and kind = ?2", dossierId, kind) > 0;
    }

    /**
     * Locks up to {@code limit} attachments with no storage key yet (rows another transaction holds are skipped) and
     * returns them with their bytes.
     */
    public List<Uncopied> lockUncopied(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select id, sha256, media_type, content from "
                + "dossier_attachment where storage_key is null order by id limit " + limit
                + " for update skip locked").getResultList();
        return rows.stream().map(r -> new Uncopied((UUID) r[0], (String) r[1], (String) r[2], (byte[]) r[3]))
                .toList();
    }

    /** Records that the attachment's bytes are in the blob store under {@code storageKey}, and drops them here. */
    public void markCopied(UUID id, String storageKey) {
        getEntityManager().createNativeQuery("update dossier_attachment set storage_key = ?1, content = null "
                + "where id = ?2").setParameter(1, storageKey).setParameter(2, id).executeUpdate();
    }
}
