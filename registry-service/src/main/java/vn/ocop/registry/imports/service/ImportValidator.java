package vn.ocop.registry.imports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.contract.Gtin;
import vn.ocop.registry.adminunit.Commune;
import vn.ocop.registry.adminunit.Province;
import vn.ocop.registry.adminunit.service.AdminUnitService;
import vn.ocop.registry.imports.ImportIssue;
import vn.ocop.registry.imports.repository.ImportJobRepository;
import vn.ocop.registry.imports.service.RegisterWorkbook.Content;
import vn.ocop.registry.imports.service.RegisterWorkbook.SheetRow;
import vn.ocop.registry.producer.service.ProducerCommand;
import vn.ocop.registry.producer.service.ProducerConstraints;
import vn.ocop.registry.product.service.ProductConstraints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Checks every row of a register workbook before anything is written: required fields and formats (the same Bean
 * Validation rules as the API), commune codes in force and in the importer's province, GTIN check digits, duplicates
 * within the file and against the registry (tax code, GTIN, certificate number), dates (decision not in the future,
 * validity 36 months by default), stars 3–5, and references between the sheets. An address naming a district
 * abolished in 2025 gets the commune of the same name in that province as a suggestion. This bean reads what the
 * registry holds; the rules themselves are {@link RegisterChecks}.
 */
@ApplicationScoped
public class ImportValidator {

    /** A producer row ready to register. */
    public record ProducerPlan(int row, String ref, ProducerCommand command) {
    }

    /** A product row: its producer is a file ref or an existing producer id. */
    public record ProductPlan(int row, String ref, String producerRef, UUID existingProducer, String name,
                              String groupCode, String gtin, String description) {
    }

    /** A certificate row: its product is a file ref or an existing product id. */
    public record CertificatePlan(int row, String productRef, UUID existingProduct, String number, int stars,
                                  String issuingAuthority, LocalDate decisionDate, LocalDate validUntil) {
    }

    /** What validation found: the rows to write (in order) and the issues. */
    public record Plan(List<ProducerPlan> producers, List<ProductPlan> products, List<CertificatePlan> certificates,
                       List<ImportIssue> issues, int badRows) {
        public int size() {
            return producers.size() + products.size() + certificates.size();
        }
    }

    private final AdminUnitService adminUnits;
    private final ImportJobRepository jobs;
    private final RegisterChecks checks;

    public ImportValidator(AdminUnitService adminUnits, ImportJobRepository jobs, ProducerConstraints producerRules,
                           ProductConstraints productRules) {
        this.adminUnits = adminUnits;
        this.jobs = jobs;
        this.checks = new RegisterChecks(producerRules, productRules);
    }

    /** Validates every row; {@code progress} hears the count of rows checked so far. */
    @Transactional
    public Plan validate(UUID jobId, Content content, String scopeProvince, LocalDate today, IntConsumer progress) {
        return checks.check(jobId, content, reference(content), scopeProvince, today, progress);
    }

    /** What the registry holds that the rows of {@code content} are checked against. */
    private RegisterChecks.Reference reference(Content content) {
        Map<String, Province> provinces = new LinkedHashMap<>();
        Map<String, Commune> communes = new HashMap<>();
        adminUnits.provinces().forEach(p -> {
            provinces.put(p.code, p);
            adminUnits.communesOf(p.code).forEach(c -> communes.put(c.code, c));
        });
        return new RegisterChecks.Reference(provinces, communes, new HashSet<>(jobs.groupCodes()),
                new HashSet<>(jobs.existing("producer", "tax_code", distinct(content.producers(), "taxCode", v -> v))),
                new HashSet<>(jobs.existing("product", "gtin", distinct(content.products(), "gtin",
                        v -> Gtin.toGtin14(v).orElse(null)))),
                new HashSet<>(jobs.existing("certificate", "number", distinct(content.certificates(), "number",
                        v -> v))),
                jobs.communesOf("producer", uuids(content.products(), "producerRef")),
                jobs.communesOf("product", uuids(content.certificates(), "productRef")));
    }

    private static List<String> distinct(List<SheetRow> rows, String column,
                                         java.util.function.Function<String, String> normalise) {
        return rows.stream().map(r -> r.get(column)).filter(v -> v != null).map(normalise).filter(v -> v != null)
                .distinct().toList();
    }

    private static List<UUID> uuids(List<SheetRow> rows, String column) {
        List<UUID> ids = new ArrayList<>();
        for (SheetRow row : rows) {
            String v = row.get(column);
            if (v != null && v.length() == 36) {
                try {
                    ids.add(UUID.fromString(v));
                } catch (IllegalArgumentException e) {
                    // a file-local ref that merely looks long
                }
            }
        }
        return ids.stream().distinct().toList();
    }
}
