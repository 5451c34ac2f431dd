package vn.ocop.registry.indicator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.MonitoringFixtures.aTaxCode;
import static vn.ocop.registry.support.MonitoringFixtures.contract;
import static vn.ocop.registry.support.MonitoringFixtures.revenue;
import static vn.ocop.registry.support.MonitoringFixtures.revoke;
import static vn.ocop.registry.support.MonitoringFixtures.salesPoint;
import static vn.ocop.registry.support.MonitoringFixtures.today;

/**
 * The indicators of Lai Châu (province 12, 38 communes, used by no other test class) on a fixture built here: the
 * seven Phú Bình demo products of local-stack's DemoData with their producers, stars and workers, spread over four
 * communes, plus a producer in a fifth commune with an uncertified product and a revoked one. Expected numbers are
 * counted by hand from this fixture.
 */
@QuarkusTest
class IndicatorResourceTest {

    static final String LAI_CHAU = "12";
    static final String A = "03388";
    static final String B = "03390";
    static final String C = "03394";
    static final String D = "03405";
    static final String E = "03408";

    private static boolean built;

    @BeforeEach
    void buildFixtureOnce() {
        if (built) {
            return;
        }
        LocalDate today = today();
        LocalDate m11 = today.minusMonths(11);
        LocalDate m20 = today.minusMonths(20);
        LocalDate m5 = today.minusMonths(5);
        demo(A, "Cơ sở chế biến cao ngựa bạch Hoan Hoa", "HKD", false, 6, "HERBAL", 3, m11);
        demo(A, "Cơ sở sản xuất cao ngựa bạch Trường Nguyên", "HKD", false, 9, "HERBAL", 4, m11);
        UUID ucKy = demo(B, "Hợp tác xã Nông nghiệp Úc Kỳ", "HTX", true, 25, "FOOD", 3, m20);
        UUID che = demo(B, "Tổ hợp tác chè Tân Hòa", "THT", false, 12, "BEVERAGE", 3, m20);
        demo(C, "Công ty TNHH Ong mật Phú Bình", "DN", true, 18, "FOOD", 3, m5);
        demo(C, "Cơ sở sản xuất bún khô Kha Sơn", "HKD", false, 7, "FOOD", 3, m5);
        UUID tanDuc = demo(D, "Hợp tác xã Dịch vụ nông nghiệp Tân Đức", "HTX", true, 30, "FOOD", 3, m20);

        UUID other = aProducer().inCommune(E).with("workers", 4).create();
        aProduct(other).create();
        revoke(aCertificate(aProduct(other).create()).stars(3).decidedOn(m5).record());

        contract(ucKy, today.minusYears(1), null);
        contract(che, today.minusYears(1), today.minusDays(1));

        int y = m20.getYear();
        revenue(ucKy, y - 1, 1_000_000_000L);
        revenue(ucKy, y + 1, 1_150_000_000L);
        revenue(tanDuc, y - 1, 2_000_000_000L);
        revenue(tanDuc, y + 1, 2_600_000_000L);
        revenue(che, y - 1, 500_000_000L);
        revenue(che, y + 1, 550_000_000L);

        salesPoint(A, "POINT", null, null);
        salesPoint(B, "POINT", today.minusMonths(2), null);
        salesPoint(B, "POINT", today.minusMonths(3), today.minusMonths(1));
        salesPoint(C, "FAIR", today.minusDays(1), today);
        built = true;
    }

    private static UUID demo(String commune, String producer, String type, boolean withTaxCode, int workers,
                             String group, int stars, LocalDate decided) {
        var builder = aProducer().named(producer).inCommune(commune).with("type", type).with("workers", workers);
        if (withTaxCode) {
            builder.with("taxCode", aTaxCode());
        }
        UUID product = aProduct(builder.create()).inGroup(group).create();
        aCertificate(product).stars(stars).decidedOn(decided).record();
        return product;
    }

    private static JsonPath indicators(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get("/indicators").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void shouldComputeTheProvinceIndicatorsOfTheDemoFixture() {
        JsonPath json = indicators(Tokens.provinceAdmin(LAI_CHAU), Map.of("province", LAI_CHAU,
                "to", today().toString()));

        assertThat(json.getString("provinceCode")).isEqualTo(LAI_CHAU);
        assertThat(json.getString("from")).isEqualTo(today().withDayOfYear(1).toString());
        Map<String, Object> v = json.getMap("values");
        assertThat(v).containsEntry("communes", 38).containsEntry("communesWithProduct", 5)
                .containsEntry("communesWithProductPct", 13.16f).containsEntry("communesWithCertifiedProduct", 4)
                .containsEntry("productsInProgramme", 9).containsEntry("certifiedProducts", 7)
                .containsEntry("products3Star", 6).containsEntry("products4Star", 1)
                .containsEntry("products5Star", 0);
        assertThat(v).containsEntry("producers", 8).containsEntry("producersDn", 1).containsEntry("producersHtx", 2)
                .containsEntry("producersTht", 1).containsEntry("producersHkd", 4)
                .containsEntry("newOrganisations", 4).containsEntry("ruralJobs", 107);
        assertThat(v).containsEntry("linkedProducts", 1).containsEntry("valueChainLinkagePct", 14.29f);
        assertThat(v).containsEntry("productsWithGrowth", 3).containsEntry("revenueBeforeVnd", 3_500_000_000L)
                .containsEntry("revenueAfterVnd", 4_300_000_000L).containsEntry("medianGrowthPct", 15.0f)
                .containsEntry("aggregateGrowthPct", 22.86f);
        assertThat(v).containsEntry("salesPoints", 2).containsEntry("fairs", 1)
                .containsEntry("salesPointsPerCommune", 0.0526f);
        assertThat(json.getList("certifiedByGroup.groupCode")).containsExactly("FOOD", "BEVERAGE", "HERBAL");
        assertThat(json.getList("certifiedByGroup.certifiedProducts")).containsExactly(4, 1, 2);
    }

    @Test
    void shouldComputeOneCommune() {
        JsonPath json = indicators(Tokens.admin(), Map.of("commune", A));

        assertThat(json.getString("provinceCode")).isEqualTo(LAI_CHAU);
        assertThat(json.getString("communeCode")).isEqualTo(A);
        assertThat(json.getMap("values")).containsEntry("communes", 1).containsEntry("certifiedProducts", 2)
                .containsEntry("products4Star", 1).containsEntry("ruralJobs", 15).containsEntry("salesPoints", 1)
                .containsEntry("communesWithProductPct", 100.0f);
    }

    @Test
    void shouldNotCountCertificatesDecidedAfterThePeriod() {
        JsonPath json = indicators(Tokens.ministry(), Map.of("province", LAI_CHAU,
                "from", today().minusYears(3).toString(), "to", today().minusMonths(8).toString()));

        // at to, only the four products decided 20 and 11 months ago hold certificates; the 5-month ones do not yet
        assertThat(json.getMap("values")).containsEntry("certifiedProducts", 5).containsEntry("ruralJobs", 82);
    }

    @Test
    void shouldListOneRowPerCommuneOfTheProvince() {
        JsonPath json = given().auth().oauth2(Tokens.provinceAdmin(LAI_CHAU)).queryParam("province", LAI_CHAU)
                .queryParam("size", 100).get("/indicators/communes").then().statusCode(200).extract().jsonPath();

        assertThat(json.getInt("total")).isEqualTo(38);
        assertThat(json.getList("items.provinceCode")).containsOnly(LAI_CHAU).hasSize(38);
        Map<String, Object> b = json.getMap("items.find { it.communeCode == '" + B + "' }.values");
        assertThat(b).containsEntry("certifiedProducts", 2).containsEntry("linkedProducts", 1)
                .containsEntry("valueChainLinkagePct", 50.0f).containsEntry("salesPoints", 1)
                .containsEntry("productsWithGrowth", 2);
    }

    @Test
    void shouldKeepProvinceAdminsInsideTheirProvince() {
        given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("province", LAI_CHAU).get("/indicators")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("commune", A).get("/indicators")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.provinceAdmin(LAI_CHAU)).get("/indicators").then().statusCode(403);
        given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("province", LAI_CHAU)
                .get("/indicators/communes").then().statusCode(403);
        given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("province", LAI_CHAU).queryParam("format", "csv")
                .get("/indicators/export").then().statusCode(403);
        given().auth().oauth2(Tokens.officer(A)).queryParam("province", LAI_CHAU).get("/indicators")
                .then().statusCode(403);
        given().queryParam("province", LAI_CHAU).get("/indicators").then().statusCode(401);
        given().auth().oauth2(Tokens.ministry()).get("/indicators").then().statusCode(200);
    }

    @Test
    void shouldRejectABadPeriodOrArea() {
        given().auth().oauth2(Tokens.admin()).queryParam("from", "2025-02-01").queryParam("to", "2025-01-01")
                .get("/indicators").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("from"));
        given().auth().oauth2(Tokens.admin()).queryParam("to", "31/12/2025").get("/indicators").then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("to"));
        given().auth().oauth2(Tokens.admin()).queryParam("province", "19").queryParam("commune", A)
                .get("/indicators").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("commune"));
    }

    @Test
    void shouldExportTheProvinceAsCsvWithByteOrderMark() {
        byte[] csv = given().auth().oauth2(Tokens.provinceAdmin(LAI_CHAU)).queryParam("province", LAI_CHAU)
                .queryParam("format", "csv").get("/indicators/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("provinceCode,communeCode,communeName,from,to,communes,");
        assertThat(lines.get(1)).startsWith("12,,,").contains(",38,5,13.16,4,9,7,6,1,0,8,1,2,1,4,4,107,1,14.29,");
    }

    @Test
    void shouldExportTheCommuneTableAsCsvWithQuotedVietnameseNames() {
        byte[] csv = given().auth().oauth2(Tokens.admin()).accept("text/csv").queryParam("province", LAI_CHAU)
                .get("/indicators/communes/export").then().statusCode(200).extract().asByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text.lines().count()).isEqualTo(39);
        assertThat(text).contains("12," + A + ",");
    }

    @Test
    void shouldExportAnXlsxTheReaderOpens() throws Exception {
        byte[] xlsx = given().auth().oauth2(Tokens.admin()).queryParam("province", LAI_CHAU)
                .get("/indicators/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")).extract()
                .asByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("indicators", "communes");
            List<Row> area = sheets.get(0).read();
            assertThat(area).hasSize(2);
            int certified = area.get(0).getCellText(10).equals("certifiedProducts") ? 10 : -1;
            assertThat(certified).isEqualTo(10);
            assertThat(area.get(1).getCellAsNumber(10)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(7));
            assertThat(sheets.get(1).read()).hasSize(39);
        }
    }
}
