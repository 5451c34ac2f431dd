package vn.ocop.registry.imports.service;

import org.junit.jupiter.api.Test;
import vn.ocop.contract.Gtin;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.registry.adminunit.Commune;
import vn.ocop.registry.adminunit.Province;
import vn.ocop.registry.imports.ImportIssue;
import vn.ocop.registry.imports.service.ImportValidator.CertificatePlan;
import vn.ocop.registry.imports.service.ImportValidator.Plan;
import vn.ocop.registry.imports.service.ImportValidator.ProducerPlan;
import vn.ocop.registry.imports.service.ImportValidator.ProductPlan;
import vn.ocop.registry.imports.service.RegisterWorkbook.Content;
import vn.ocop.registry.imports.service.RegisterWorkbook.SheetRow;
import vn.ocop.registry.register.RegisterSheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The register import's rules across rows and sheets, without a database or a booted service: the registry's state
 * is a {@link RegisterChecks.Reference} built here, and the field rules of one row are a stand-in that only asks for a
 * name (the real ones are checked against the API by {@code ImportRowRulesTest}).
 */
class RegisterChecksTest {

    private static final UUID JOB = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Province THAI_NGUYEN = province("19", "Thái Nguyên");
    private static final Province HA_NOI = province("01", "Hà Nội");
    private static final Commune PHU_BINH = commune("05908", "Phú Bình", THAI_NGUYEN);
    private static final Commune DUONG_THANH = commune("05911", "Dương Thành", THAI_NGUYEN);
    private static final Commune BA_DINH = commune("00004", "Ba Đình", HA_NOI);
    private static final UUID REGISTERED_PRODUCT = UUID.randomUUID();
    private static final UUID REGISTERED_PRODUCER = UUID.randomUUID();

    private final RegisterChecks checks = new RegisterChecks(
            producer -> producer.name() == null ? List.of(new FieldError("name", "must not be blank")) : List.of(),
            product -> product.name() == null ? List.of(new FieldError("name", "must not be blank")) : List.of());

    @Test
    void shouldPlanAFileThatBreaksNoRuleRowForRowWithTheDefaultValidity() {
        Plan plan = check(content(
                List.of(producer(2, "P1", "Hộ kinh doanh Hoàng Văn Hoan", "HKD", "4600100001", "05908", "Xóm Phẩm 1")),
                List.of(product(2, "SP1", "P1", "Cao ngựa bạch", gtin13(1)),
                        product(3, "SP2", REGISTERED_PRODUCER.toString(), "Chè", null)),
                List.of(certificate(2, "SP1", "QĐ-19-001", "4", "2026-03-02", null))), null);

        assertThat(plan.issues()).isEmpty();
        assertThat(plan.badRows()).isZero();
        assertThat(plan.producers()).singleElement().satisfies(p -> {
            assertThat(p.ref()).isEqualTo("P1");
            assertThat(p.command().communeCode()).isEqualTo("05908");
            assertThat(p.command().type()).hasToString("HKD");
        });
        assertThat(plan.products()).extracting(ProductPlan::ref, ProductPlan::existingProducer)
                .containsExactly(tuple("SP1", null), tuple("SP2", REGISTERED_PRODUCER));
        assertThat(plan.certificates()).singleElement().satisfies(c -> {
            assertThat(c.stars()).isEqualTo(4);
            assertThat(c.validUntil()).as("36 months after the decision").isEqualTo(LocalDate.of(2029, 3, 2));
        });
    }

    @Test
    void shouldFindDuplicatesInTheFileAndKeysTheRegistryAlreadyHolds() {
        String gtin = gtin13(2);
        String wrongCheckDigit = gtin.substring(0, 12) + ((gtin.charAt(12) - '0' + 1) % 10);
        Plan plan = check(content(
                List.of(producer(2, "P1", "A", "HKD", "4600100001", "05908", null),
                        producer(3, "P1", "B", "HKD", "4600100002", "05908", null),
                        producer(4, "P4", "C", "HKD", "4600100002", "05908", null),
                        producer(5, "P5", "D", "HKD", "TAKEN-TAX", "05908", null)),
                List.of(product(2, "SP1", "P1", "A", gtin),
                        product(3, "SP2", "P1", "B", "0" + gtin),
                        product(4, "SP3", "P1", "C", wrongCheckDigit),
                        product(5, "SP4", "P1", "D", gtin13(3))),
                List.of(certificate(2, "SP1", "TAKEN-NO", "4", "2026-03-02", null))), null);

        assertThat(issues(plan)).containsExactly(
                tuple(RegisterSheets.PRODUCERS, 3, "ref", "duplicates row 2 of sheet producers"),
                tuple(RegisterSheets.PRODUCERS, 4, "taxCode", "duplicates row 3 of sheet producers"),
                tuple(RegisterSheets.PRODUCERS, 5, "taxCode", "is already registered to another producer"),
                tuple(RegisterSheets.PRODUCTS, 3, "gtin", "duplicates row 2 of sheet products"),
                tuple(RegisterSheets.PRODUCTS, 4, "gtin", "has a wrong check digit"),
                tuple(RegisterSheets.PRODUCTS, 5, "gtin", "is already used by a registered product"),
                tuple(RegisterSheets.CERTIFICATES, 2, "number", "is already recorded"));
        assertThat(plan.producers()).extracting(ProducerPlan::row).containsExactly(2);
        assertThat(plan.products()).extracting(ProductPlan::ref).containsExactly("SP1");
    }

    @Test
    void shouldRefuseRowsThatNameABrokenOrUnknownRowOfAnotherSheet() {
        Plan plan = check(content(
                List.of(producer(2, "P1", null, "HKD", null, "05908", null)),
                List.of(product(2, "SP1", "P1", "A", null), product(3, "SP2", "nowhere", "B", null),
                        product(4, "SP3", "P1", null, null), product(5, "SP4", null, "D", null)),
                List.of(certificate(2, "SP3", "C-1", "4", "2026-03-02", null),
                        certificate(3, "missing", "C-2", "4", "2026-03-02", null))), null);

        assertThat(issues(plan)).containsExactly(
                tuple(RegisterSheets.PRODUCERS, 2, "name", "must not be blank"),
                tuple(RegisterSheets.PRODUCTS, 2, "producerRef", "names producer row 2, which has errors"),
                tuple(RegisterSheets.PRODUCTS, 3, "producerRef",
                        "is neither a producer ref of this file nor a registered producer"),
                tuple(RegisterSheets.PRODUCTS, 4, "producerRef", "names producer row 2, which has errors"),
                tuple(RegisterSheets.PRODUCTS, 4, "name", "must not be blank"),
                tuple(RegisterSheets.PRODUCTS, 5, "producerRef", "is required"),
                tuple(RegisterSheets.CERTIFICATES, 2, "productRef", "names product row 4, which has errors"),
                tuple(RegisterSheets.CERTIFICATES, 3, "productRef",
                        "is neither a product ref of this file nor a registered product"));
        assertThat(plan.badRows()).isEqualTo(7);
        assertThat(plan.size()).isZero();
    }

    @Test
    void shouldKeepAProvincialImporterInsideItsProvince() {
        Plan plan = check(content(
                List.of(producer(2, "P1", "A", "HKD", null, "00004", null)),
                List.of(product(2, "SP1", REGISTERED_PRODUCER.toString(), "A", null)),
                List.of(certificate(2, REGISTERED_PRODUCT.toString(), "C-1", "4", "2026-03-02", null))), "19");

        assertThat(issues(plan)).containsExactly(
                tuple(RegisterSheets.PRODUCERS, 2, "communeCode", "is outside province 19 of the importer"),
                tuple(RegisterSheets.PRODUCTS, 2, "producerRef", "is outside province 19 of the importer"),
                tuple(RegisterSheets.CERTIFICATES, 2, "productRef", "is outside province 19 of the importer"));
        assertThat(check(content(List.of(producer(2, "P1", "A", "HKD", null, "00004", null)), List.of(), List.of()),
                null).issues()).as("a national importer may write anywhere").isEmpty();
    }

    @Test
    void shouldSuggestTheCommuneThatTookTheNameOfAnAbolishedDistrict() {
        Plan plan = check(content(
                List.of(producer(2, "P1", "A", "HKD", null, null, "Xóm Phẩm 1, huyện Phú Bình, tỉnh Thái Nguyên"),
                        producer(3, "P2", "B", "HKD", null, "05911", "Xóm Phẩm 1, huyện Phú Bình"),
                        producer(4, "P3", "C", "HKD", null, "99999", "Xóm Phẩm 1, huyện Phú Bình, Thái Nguyên")),
                List.of(), List.of()), null);

        assertThat(plan.issues()).extracting(i -> i.rowNumber, i -> i.columnName, i -> i.severity, i -> i.suggestion)
                .containsExactly(
                        tuple(2, "communeCode", ImportIssue.ERROR, "05908 Xã Phú Bình"),
                        tuple(3, "address", ImportIssue.WARNING, "05908 Xã Phú Bình"),
                        tuple(4, "communeCode", ImportIssue.ERROR, "05908 Xã Phú Bình"));
        assertThat(plan.issues().get(0).reason).isEqualTo(
                "is required; the address names a former district, now commune 05908 Xã Phú Bình");
        assertThat(plan.issues().get(2).reason).isEqualTo("is not a commune code in force (99999)");
        assertThat(plan.producers()).as("a warning alone does not stop a row").extracting(ProducerPlan::ref)
                .containsExactly("P2");
    }

    @Test
    void shouldCheckStarsDatesAndNumbersOfACertificate() {
        String product = REGISTERED_PRODUCT.toString();
        List<SheetRow> certificates = List.of(
                certificate(2, product, "C-2", "2", "2026-03-02", null),
                certificate(3, product, "C-3", "bốn", "2026-03-02", null),
                certificate(4, product, "C-4", "4", "2027-01-01", null),
                certificate(5, product, "C-5", "4", "2026-03-02", "2026-03-01"),
                certificate(6, product, "C-6", "4", "2/3/2026", null),
                certificate(7, product, "x".repeat(65), "5", "2026-03-02", "2030-01-01"),
                certificate(8, product, "C-6", "5", "2026-03-02", null));

        Plan plan = check(content(List.of(), List.of(), certificates), null);

        assertThat(issues(plan)).containsExactly(
                tuple(RegisterSheets.CERTIFICATES, 2, "stars", "must be 3, 4 or 5: only 3★ and above are certified"),
                tuple(RegisterSheets.CERTIFICATES, 3, "stars", "must be a whole number"),
                tuple(RegisterSheets.CERTIFICATES, 4, "decisionDate", "must not be in the future"),
                tuple(RegisterSheets.CERTIFICATES, 5, "validUntil", "must be after the decision date"),
                tuple(RegisterSheets.CERTIFICATES, 6, "decisionDate",
                        "must be a date (YYYY-MM-DD or a spreadsheet date)"),
                tuple(RegisterSheets.CERTIFICATES, 7, "number", "must be at most 64 characters"),
                tuple(RegisterSheets.CERTIFICATES, 8, "number", "duplicates row 6 of sheet certificates"));
        assertThat(plan.certificates()).isEmpty();
    }

    @Test
    void shouldReportMissingColumnsOnTheHeaderRowAndSortIssuesBySheetThenRow() {
        Content content = new Content(List.of(producer(3, "P1", null, "HKD", null, "05908", null)),
                List.of(product(2, "SP1", "P1", "A", null)),
                List.of(certificate(2, "SP1", "C-1", "4", "2026-03-02", null)),
                Map.of(RegisterSheets.CERTIFICATES, List.of("issuingAuthority")));

        Plan plan = checks.check(JOB, content, reference(), null, TODAY, done -> { });

        assertThat(issues(plan)).containsExactly(
                tuple(RegisterSheets.PRODUCERS, 3, "name", "must not be blank"),
                tuple(RegisterSheets.PRODUCTS, 2, "producerRef", "names producer row 3, which has errors"),
                tuple(RegisterSheets.CERTIFICATES, 1, "issuingAuthority", "the header row lacks this column"),
                tuple(RegisterSheets.CERTIFICATES, 2, "productRef", "names product row 2, which has errors"));
        assertThat(plan.badRows()).as("three bad rows and the header").isEqualTo(4);
    }

    @Test
    void shouldPlanEveryRowOfAnyCleanFileOnceAndInFileOrder() {
        Random random = new Random(13);
        for (int round = 0; round < 50; round++) {
            List<SheetRow> producerRows = new ArrayList<>();
            List<SheetRow> productRows = new ArrayList<>();
            List<SheetRow> certificateRows = new ArrayList<>();
            int producers = 1 + random.nextInt(30);
            for (int i = 0; i < producers; i++) {
                producerRows.add(producer(i + 2, "P" + i, "Cơ sở " + i, "HTX", "46" + round + "-" + i,
                        random.nextBoolean() ? "05908" : "05911", null));
                int products = random.nextInt(4);
                for (int j = 0; j < products; j++) {
                    String ref = "SP" + i + "-" + j;
                    productRows.add(product(productRows.size() + 2, ref, "P" + i, "Sản phẩm " + ref,
                            gtin13(10_000 * round + 100 * i + j + 10)));
                    if (random.nextBoolean()) {
                        certificateRows.add(certificate(certificateRows.size() + 2, ref, "QĐ-" + round + "-" + ref,
                                String.valueOf(3 + random.nextInt(3)), "2025-0" + (1 + random.nextInt(9)) + "-15",
                                null));
                    }
                }
            }

            Plan plan = check(content(producerRows, productRows, certificateRows), "19");

            assertThat(plan.issues()).isEmpty();
            assertThat(plan.producers()).extracting(ProducerPlan::row)
                    .containsExactlyElementsOf(producerRows.stream().map(SheetRow::number).toList());
            assertThat(plan.products()).extracting(ProductPlan::row)
                    .containsExactlyElementsOf(productRows.stream().map(SheetRow::number).toList());
            assertThat(plan.certificates()).extracting(CertificatePlan::row)
                    .containsExactlyElementsOf(certificateRows.stream().map(SheetRow::number).toList());
        }
    }

    private Plan check(Content content, String scopeProvince) {
        List<Integer> progress = new ArrayList<>();
        Plan plan = checks.check(JOB, content, reference(), scopeProvince, TODAY, progress::add);
        assertThat(progress).as("the last progress report is every row").last().isEqualTo(content.size());
        return plan;
    }

    private static List<org.assertj.core.groups.Tuple> issues(Plan plan) {
        assertThat(plan.issues()).allSatisfy(i -> assertThat(i.jobId).isEqualTo(JOB));
        return plan.issues().stream().map(i -> tuple(i.sheet, i.rowNumber, i.columnName, i.reason)).toList();
    }

    private static RegisterChecks.Reference reference() {
        Map<String, Province> provinces = new HashMap<>();
        Map<String, Commune> communes = new HashMap<>();
        for (Commune c : List.of(PHU_BINH, DUONG_THANH, BA_DINH)) {
            communes.put(c.code, c);
            provinces.put(c.province.code, c.province);
        }
        return new RegisterChecks.Reference(provinces, communes, Set.of("FOOD", "DRINK"), Set.of("TAKEN-TAX"),
                Set.of(Gtin.toGtin14(gtin13(3)).orElseThrow()), Set.of("TAKEN-NO"),
                Map.of(REGISTERED_PRODUCER.toString(), "00004"), Map.of(REGISTERED_PRODUCT.toString(), "00004"));
    }

    private static Content content(List<SheetRow> producers, List<SheetRow> products, List<SheetRow> certificates) {
        return new Content(producers, products, certificates, Map.of());
    }

    private static SheetRow producer(int row, String ref, String name, String type, String taxCode, String commune,
                                     String address) {
        return row(RegisterSheets.PRODUCERS, row, "ref", ref, "name", name, "type", type, "taxCode", taxCode,
                "communeCode", commune, "address", address);
    }

    private static SheetRow product(int row, String ref, String producerRef, String name, String gtin) {
        return row(RegisterSheets.PRODUCTS, row, "ref", ref, "producerRef", producerRef, "name", name,
                "groupCode", "FOOD", "gtin", gtin);
    }

    private static SheetRow certificate(int row, String productRef, String number, String stars, String decision,
                                        String validUntil) {
        return row(RegisterSheets.CERTIFICATES, row, "productRef", productRef, "number", number, "stars", stars,
                "issuingAuthority", "UBND tỉnh Thái Nguyên", "decisionDate", decision, "validUntil", validUntil);
    }

    /** A sheet row as the workbook reader gives it: blank cells are absent. */
    private static SheetRow row(String sheet, int number, String... columnsAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            if (columnsAndValues[i + 1] != null) {
                values.put(columnsAndValues[i], columnsAndValues[i + 1]);
            }
        }
        return new SheetRow(sheet, number, values);
    }

    private static String gtin13(int n) {
        String digits = "893" + String.format("%09d", n);
        return digits + Gtin.checkDigit(digits);
    }

    private static Province province(String code, String name) {
        Province p = new Province();
        p.code = code;
        p.name = name;
        p.fullName = "Tỉnh " + name;
        return p;
    }

    private static Commune commune(String code, String name, Province province) {
        Commune c = new Commune();
        c.code = code;
        c.name = name;
        c.fullName = "Xã " + name;
        c.province = province;
        return c;
    }
}
