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
}
