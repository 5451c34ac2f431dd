package vn.ocop.registry.revenue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.security.CallerProvider;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.service.ProductService;
import vn.ocop.registry.revenue.RevenueReport;
import vn.ocop.registry.revenue.repository.RevenueReportRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Owns yearly revenue reports: a producer reports its own products, officers and admins those of their area. One per
 * product and year; a second report of a year must carry the version read (a correction), else 409.
 */
@ApplicationScoped
public class RevenueReportService {

    /** What {@link #report} did. */
    public record Outcome(RevenueReport report, boolean created) {
    }

    private final RevenueReportRepository reports;
    private final ProductService products;
    private final CallerProvider caller;
    private final Clock clock;

    public RevenueReportService(RevenueReportRepository reports, ProductService products, CallerProvider caller,
                                Clock clock) {
        this.reports = reports;
        this.products = products;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Outcome report(UUID productId, RevenueReportCommand command) {
        Product product = authorized(productId);
        if (command.year() > LocalDate.now(clock).getYear()) {
            throw DomainException.invalid("year", "must not be in the future");
        }
        RevenueReport report = reports.of(productId, command.year()).orElse(null);
        boolean created = report == null;
        if (created) {
            report = new RevenueReport();
            report.id = UUID.randomUUID();
            report.productId = product.id;
            report.year = command.year();
            report.createdAt = OffsetDateTime.now(clock);
        } else if (command.version() == null) {
            throw DomainException.conflict("revenue-report-exists", "Revenue of " + command.year()
                    + " is reported already; send its version to correct it", new FieldError("year",
                    "has report " + report.id + " (version " + report.version + ")"));
        } else if (command.version() != report.version) {
            throw DomainException.conflict("stale-version", "The report changed since it was read",
                    new FieldError("version", "is " + report.version + " now; read it again"));
        }
        report.revenueVnd = command.revenueVnd();
        report.note = TextSearch.clean(command.note());
        report.reportedBy = caller.current().actor();
        report.updatedAt = OffsetDateTime.now(clock);
        if (created) {
            reports.persist(report);
        }
        reports.flush();
        return new Outcome(report, created);
    }

    @Transactional
    public Page<RevenueReport> list(UUID productId, int page, int size) {
        authorized(productId);
        return Page.of(reports.ofProduct(productId), page, size);
    }

    private Product authorized(UUID productId) {
        Product product = products.get(productId);
        if (!caller.current().isNational()) {
            caller.current().requireProducer(product.producer.id, product.producer.commune.code,
                    product.producer.commune.province.code);
        }
        return product;
    }
}
