package vn.ocop.registry.revenue.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.revenue.RevenueReport;

import java.util.Optional;
import java.util.UUID;

/** Revenue reports by product and year. */
@ApplicationScoped
public class RevenueReportRepository implements PanacheRepositoryBase<RevenueReport, UUID> {

    public Optional<RevenueReport> of(UUID productId, int year) {
        return find("productId = ?1 and year = ?2", productId, year).firstResultOptional();
    }

    public PanacheQuery<RevenueReport> ofProduct(UUID productId) {
        return find("productId", Sort.by("year"), productId);
    }
}
