package vn.ocop.registry.revenue.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.revenue.RevenueReport;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A product's reported revenue for a year. */
@Schema(name = "RevenueReport")
public record RevenueReportView(UUID id, UUID productId, int year, long revenueVnd, String note, String reportedBy,
                                long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static RevenueReportView of(RevenueReport r) {
        return new RevenueReportView(r.id, r.productId, r.year, r.revenueVnd, r.note, r.reportedBy, r.version,
                r.createdAt, r.updatedAt);
    }
}
