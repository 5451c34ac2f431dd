package vn.ocop.traceability.trace.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.trace.Certificate;

import java.util.List;
import java.util.UUID;

/** Queries over certificates. */
@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    /** All certificates of a product, the most recent decision first. */
    public List<Certificate> listByProductNewestFirst(UUID productId) {
        return list("productId = ?1 order by decisionDate desc, updatedAt desc", productId);
    }
}
