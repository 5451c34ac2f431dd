package vn.ocop.traceability.trace.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.trace.Product;

import java.util.Optional;
import java.util.UUID;

/** Queries over product snapshots. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    /** The product carrying this GTIN-14; the most recently updated one if a GTIN moved between products. */
    public Optional<Product> findByGtin(String gtin14) {
        return find("gtin = ?1 order by updatedAt desc", gtin14).firstResultOptional();
    }
}
