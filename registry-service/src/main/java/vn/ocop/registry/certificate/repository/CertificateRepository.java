package vn.ocop.registry.certificate.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.certificate.Certificate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries over certificates. */
@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    public Optional<Certificate> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    public List<Certificate> ofProducts(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return list("product.id in ?1 order by decisionDate desc, createdAt desc", productIds);
    }
}
