package vn.ocop.registry.imports.service;

import vn.ocop.contract.Gtin;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.registry.adminunit.Commune;
import vn.ocop.registry.adminunit.Province;
import vn.ocop.registry.certificate.service.CertificateService;
import vn.ocop.registry.imports.ImportIssue;
import vn.ocop.registry.imports.service.ImportValidator.CertificatePlan;
import vn.ocop.registry.imports.service.ImportValidator.Plan;
import vn.ocop.registry.imports.service.ImportValidator.ProducerPlan;
import vn.ocop.registry.imports.service.ImportValidator.ProductPlan;
import vn.ocop.registry.imports.service.RegisterWorkbook.Content;
import vn.ocop.registry.imports.service.RegisterWorkbook.SheetRow;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.producer.ProducerType;
import vn.ocop.registry.producer.service.ProducerCommand;
import vn.ocop.registry.producer.service.ProducerConstraints;
import vn.ocop.registry.product.service.ProductCommand;
import vn.ocop.registry.product.service.ProductConstraints;
import vn.ocop.registry.register.RegisterSheets;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a register import, free of the database: each row through the API's field rules, and the rules
 * across rows and sheets (refs, duplicates within the file, keys the registry already holds, communes in force and in
 * the importer's province, dates and stars). What the registry holds comes in as a {@link Reference} that
 * {@link ImportValidator} reads before the check.
 */
final class RegisterChecks {

    /**
     * What the rows are checked against: provinces and communes in force (by code), product group codes, the tax
     * codes, GTIN-14s and certificate numbers already taken, and the commune codes of the registered producers and
     * products that rows name by id.
     */
    record Reference(Map<String, Province> provinces, Map<String, Commune> communes, Set<String> groups,
                     Set<String> takenTaxCodes, Set<String> takenGtins, Set<String> takenNumbers,
                     Map<String, String> existingProducers, Map<String, String> existingProducts) {
    }

    /**
     * The refs of one sheet: the row each names, whether that row is valid, and the registered ids (with their commune)
     * that rows of other sheets may name instead.
     */
    private record Keys(String noun, Map<String, Integer> rows, Map<String, Boolean> valid,
                        Map<String, String> registered) {
    }

    private static final Pattern OLD_DISTRICT = Pattern.compile("(?:^|[ ,])(?:huyen|thi xa) ([^,;]+)");

    private final ProducerConstraints producerRules;
    private final ProductConstraints productRules;

    RegisterChecks(ProducerConstraints producerRules, ProductConstraints productRules) {
        this.producerRules = producerRules;
        this.productRules = productRules;
    }

    /**
     * Checks every row against the rules and {@code reference}; {@code progress} hears the count of rows checked so
     * far.
     */
    Plan check(UUID jobId, Content content, Reference reference, String scopeProvince, LocalDate today,
               IntConsumer progress) {
        Run run = new Run(jobId, reference, scopeProvince, today);
        int done = 0;
        for (SheetRow row : content.producers()) {
            run.producer(row);
            if (++done % 250 == 0) {
                progress.accept(done);
            }
        }
        for (SheetRow row : content.products()) {
            run.product(row);
            if (++done % 250 == 0) {
                progress.accept(done);
            }
        }
        for (SheetRow row : content.certificates()) {
            run.certificate(row);
            if (++done % 250 == 0) {
                progress.accept(done);
            }
        }
        progress.accept(done);
        content.missingColumns().forEach((sheet, columns) -> columns.forEach(c -> run.issues.add(ImportIssue.of(jobId,
                sheet, 1, c, ImportIssue.ERROR, "the header row lacks this column", null))));
        run.issues.sort(Comparator.comparing((ImportIssue i) -> sheetOrder(i.sheet)).thenComparingInt(i -> i.rowNumber));
        return new Plan(run.producers, run.products, run.certificates, run.issues,
                run.badRows.size() + (content.missingColumns().isEmpty() ? 0 : 1));
    }

    private static int sheetOrder(String sheet) {
        return switch (sheet) {
            case RegisterSheets.PRODUCERS -> 0;
            case RegisterSheets.PRODUCTS -> 1;
            default -> 2;
        };
    }

    /** The state of one validation. */
    private final class Run {
        final UUID jobId;
        final String scopeProvince;
        final LocalDate today;
        final List<ImportIssue> issues = new ArrayList<>();
        final Set<String> badRows = new HashSet<>();
        final List<ProducerPlan> producers = new ArrayList<>();
        final List<ProductPlan> products = new ArrayList<>();
        final List<CertificatePlan> certificates = new ArrayList<>();
        final Map<String, Commune> communes;
        final Map<String, Province> provinces;
        final Set<String> groups;
        final Set<String> takenTaxCodes;
        final Set<String> takenGtins;
        final Set<String> takenNumbers;
        final Keys producerKeys;
        final Keys productKeys;
        final Map<String, Integer> seenTaxCodes = new HashMap<>();
        final Map<String, Integer> seenGtins = new HashMap<>();
        final Map<String, Integer> seenNumbers = new HashMap<>();

        Run(UUID jobId, Reference reference, String scopeProvince, LocalDate today) {
            this.jobId = jobId;
            this.scopeProvince = scopeProvince;
            this.today = today;
            this.communes = reference.communes();
            this.provinces = reference.provinces();
            this.groups = reference.groups();
            this.takenTaxCodes = reference.takenTaxCodes();
            this.takenGtins = reference.takenGtins();
            this.takenNumbers = reference.takenNumbers();
            this.producerKeys = new Keys("producer", new HashMap<>(), new HashMap<>(), reference.existingProducers());
            this.productKeys = new Keys("product", new HashMap<>(), new HashMap<>(), reference.existingProducts());
        }

        void producer(SheetRow row) {
            String sheet = RegisterSheets.PRODUCERS;
            int errors = issues.size();
            String ref = ownRef(row, sheet, producerKeys, "products use in producerRef");
            ProducerType type = null;
            if (row.get("type") != null) {
                try {
                    type = ProducerType.valueOf(row.get("type").toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    error(row, "type", "must be DN, HTX, THT or HKD", null);
                }
            }
            Integer workers = integer(row, "workers");
            ProducerCommand command = new ProducerCommand(row.get("name"), type, row.get("taxCode"),
                    row.get("communeCode"), row.get("address"), row.get("contactName"), row.get("phone"),
                    row.get("email"), workers);
            boolean typeReported = row.get("type") != null && type == null;
            boolean workersReported = row.get("workers") != null && workers == null;
            for (FieldError v : producerRules.violations(command)) {
                String column = v.field();
                if ((column.equals("type") && typeReported) || (column.equals("workers") && workersReported)
                        || column.equals("communeCode")) {
                    continue;
                }
                error(row, column, v.message(), null);
            }
            communeOf(row);
            String taxCode = row.get("taxCode");
            if (taxCode != null) {
                if (takenTaxCodes.contains(taxCode)) {
                    error(row, "taxCode", "is already registered to another producer", null);
                } else if (seenTaxCodes.putIfAbsent(taxCode, row.number()) != null) {
                    error(row, "taxCode", "duplicates row " + seenTaxCodes.get(taxCode) + " of sheet " + sheet, null);
                }
            }
            boolean valid = issues.size() == errors || onlyWarnings(errors);
            if (ref != null) {
                producerKeys.valid().putIfAbsent(ref, valid);
            }
            if (valid) {
                producers.add(new ProducerPlan(row.number(), ref, command));
            }
        }

        /** Checks the commune code (or suggests one from an old district in the address). */
        private void communeOf(SheetRow row) {
            String code = row.get("communeCode");
            Commune commune = code == null ? null : communes.get(code);
            Optional<Commune> suggested = suggestion(row.get("address"), commune);
            String hint = suggested.map(c -> c.code + " " + c.fullName).orElse(null);
            if (code == null) {
                error(row, "communeCode", "is required" + suggested.map(c -> "; the address names a former district, "
                        + "now commune " + c.code + " " + c.fullName).orElse(""), hint);
            } else if (commune == null) {
                error(row, "communeCode", "is not a commune code in force (" + code + ")", hint);
            } else if (scopeProvince != null && !scopeProvince.equals(commune.province.code)) {
                error(row, "communeCode", "is outside province " + scopeProvince + " of the importer", null);
            } else if (suggested.isPresent() && !suggested.get().code.equals(code)) {
                issue(row, "address", ImportIssue.WARNING, "names a former district; its commune of the same name "
                        + "is " + suggested.get().code + " " + suggested.get().fullName, hint);
            }
        }

        /** A commune named like the district the address names ("huyện Phú Bình" → Xã Phú Bình) in its province. */
        private Optional<Commune> suggestion(String address, Commune given) {
            if (address == null) {
                return Optional.empty();
            }
            String key = TextSearch.key(address);
            Matcher m = OLD_DISTRICT.matcher(key);
            if (!m.find()) {
                return Optional.empty();
            }
            String district = m.group(1).strip();
            String province = given != null ? given.province.code : provinces.values().stream()
                    .filter(p -> key.contains(TextSearch.key(p.name))).map(p -> p.code).findFirst()
                    .orElse(scopeProvince);
            if (province == null) {
                return Optional.empty();
            }
            return communes.values().stream().filter(c -> c.province.code.equals(province))
                    .filter(c -> TextSearch.key(c.name).equals(district)).findFirst();
        }

        void product(SheetRow row) {
            String sheet = RegisterSheets.PRODUCTS;
            int errors = issues.size();
            String ref = ownRef(row, sheet, productKeys, "certificates use in productRef");
            String producerRef = row.get("producerRef");
            UUID existing = referenced(row, "producerRef", producerKeys);
            String gtinText = row.get("gtin");
            ProductCommand command = new ProductCommand(UUID.randomUUID(), row.get("name"), row.get("groupCode"),
                    gtinText, row.get("description"));
            for (FieldError v : productRules.violations(command)) {
                error(row, v.field(), v.message(), null);
            }
            if (row.get("groupCode") != null && !groups.contains(row.get("groupCode"))) {
                error(row, "groupCode", "is not a product group code", null);
            }
            String gtin = null;
            if (gtinText != null && gtinText.matches("\\d{8}|\\d{12,14}")) {
                gtin = Gtin.toGtin14(gtinText).orElse(null);
                if (gtin == null) {
                    error(row, "gtin", "has a wrong check digit", null);
                } else if (takenGtins.contains(gtin)) {
                    error(row, "gtin", "is already used by a registered product", null);
                } else if (seenGtins.putIfAbsent(gtin, row.number()) != null) {
                    error(row, "gtin", "duplicates row " + seenGtins.get(gtin) + " of sheet " + sheet, null);
                }
            }
            boolean valid = issues.size() == errors;
            if (ref != null) {
                productKeys.valid().putIfAbsent(ref, valid);
            }
            if (valid) {
                products.add(new ProductPlan(row.number(), ref, producerRef, existing, row.get("name"),
                        row.get("groupCode"), gtinText, row.get("description")));
            }
        }

        void certificate(SheetRow row) {
            int errors = issues.size();
            String productRef = row.get("productRef");
            UUID existing = referenced(row, "productRef", productKeys);
            String number = row.get("number");
            if (number == null) {
                error(row, "number", "is required", null);
            } else if (number.length() > 64) {
                error(row, "number", "must be at most 64 characters", null);
            } else if (takenNumbers.contains(number)) {
                error(row, "number", "is already recorded", null);
            } else if (seenNumbers.putIfAbsent(number, row.number()) != null) {
                error(row, "number", "duplicates row " + seenNumbers.get(number) + " of sheet certificates", null);
            }
            Integer stars = integer(row, "stars");
            if (row.get("stars") == null) {
                error(row, "stars", "is required", null);
            } else if (stars != null && (stars < CertificateService.CERTIFIED_STARS || stars > 5)) {
                error(row, "stars", "must be 3, 4 or 5: only 3★ and above are certified", null);
            }
            String authority = row.get("issuingAuthority");
            if (authority == null) {
                error(row, "issuingAuthority", "is required", null);
            }
            LocalDate decision = date(row, "decisionDate");
            if (row.get("decisionDate") == null) {
                error(row, "decisionDate", "is required", null);
            } else if (decision != null && decision.isAfter(today)) {
                error(row, "decisionDate", "must not be in the future", null);
            }
            LocalDate validUntil = date(row, "validUntil");
            if (decision != null && validUntil == null && row.get("validUntil") == null) {
                validUntil = decision.plusMonths(CertificateService.VALIDITY_MONTHS);
            }
            if (decision != null && validUntil != null && !validUntil.isAfter(decision)) {
                error(row, "validUntil", "must be after the decision date", null);
            }
            if (issues.size() == errors) {
                certificates.add(new CertificatePlan(row.number(), productRef, existing, number, stars, authority,
                        decision, validUntil));
            }
        }

        /** The row's own ref ({@code usedAs} says by whom): required, and unique in its sheet. */
        private String ownRef(SheetRow row, String sheet, Keys keys, String usedAs) {
            String ref = row.get("ref");
            if (ref == null) {
                error(row, "ref", "is required (the key " + usedAs + ")", null);
            } else if (keys.rows().putIfAbsent(ref, row.number()) != null) {
                error(row, "ref", "duplicates row " + keys.rows().get(ref) + " of sheet " + sheet, null);
            }
            return ref;
        }

        /**
         * Checks that {@code column} names a row of this file without errors, or a registered record in the importer's
         * province; the registered record's id when it names one, else null.
         */
        private UUID referenced(SheetRow row, String column, Keys keys) {
            String ref = row.get(column);
            if (ref == null) {
                error(row, column, "is required", null);
            } else if (keys.valid().containsKey(ref)) {
                if (!keys.valid().get(ref)) {
                    error(row, column, "names " + keys.noun() + " row " + keys.rows().get(ref) + ", which has errors",
                            null);
                }
            } else if (keys.registered().containsKey(ref)) {
                inScope(row, column, keys.registered().get(ref));
                return UUID.fromString(ref);
            } else {
                error(row, column, "is neither a " + keys.noun() + " ref of this file nor a registered "
                        + keys.noun(), null);
            }
            return null;
        }

        private void inScope(SheetRow row, String column, String communeCode) {
            Commune commune = communes.get(communeCode);
            if (scopeProvince != null && commune != null && !scopeProvince.equals(commune.province.code)) {
                error(row, column, "is outside province " + scopeProvince + " of the importer", null);
            }
        }

        private Integer integer(SheetRow row, String column) {
            return parsed(row, column, Integer::valueOf, "must be a whole number");
        }

        private LocalDate date(SheetRow row, String column) {
            return parsed(row, column, LocalDate::parse, "must be a date (YYYY-MM-DD or a spreadsheet date)");
        }

        /** The cell parsed, or null when it is blank or (reported as {@code reason}) unreadable. */
        private <T> T parsed(SheetRow row, String column, Function<String, T> parse, String reason) {
            String text = row.get(column);
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (NumberFormatException | DateTimeParseException e) {
                error(row, column, reason, null);
                return null;
            }
        }

        private boolean onlyWarnings(int from) {
            return issues.subList(from, issues.size()).stream().allMatch(i -> ImportIssue.WARNING.equals(i.severity));
        }

        private void error(SheetRow row, String column, String reason, String suggestion) {
            issue(row, column, ImportIssue.ERROR, reason, suggestion);
        }

        private void issue(SheetRow row, String column, String severity, String reason, String suggestion) {
            issues.add(ImportIssue.of(jobId, row.sheet(), row.number(), column, severity, reason, suggestion));
            if (ImportIssue.ERROR.equals(severity)) {
                badRows.add(row.sheet() + ":" + row.number());
            }
        }
    }
}
