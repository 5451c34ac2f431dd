package vn.ocop.registry.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.Gtin;
import vn.ocop.registry.support.Fixtures;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workbooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.MonitoringFixtures.aTaxCode;
import static vn.ocop.registry.support.MonitoringFixtures.today;

/**
 * Bulk import of a legacy register of Quảng Ninh (province 22, used by no other test class): a generated 5,000-row
 * workbook with 20 bad rows, first all-or-nothing (rejected, nothing written), then valid-rows (the 4,980 others
 * written, progress visible while it runs).
 */
@QuarkusTest
class RegisterImportTest {

    static final String QUANG_NINH = "22";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final AtomicLong GTINS = new AtomicLong(System.nanoTime() % 100_000_000L);

    private static String gtin() {
        String body = "8936" + String.format("%08d", GTINS.incrementAndGet() % 100_000_000L);
        return body + Gtin.checkDigit(body);
    }

    private static List<String> communes(String province) {
        return given().get("/provinces/" + province + "/communes").then().statusCode(200).extract().jsonPath()
                .getList("code");
    }

    private static long producersIn(String province) {
        return given().queryParam("province", province).queryParam("size", 1).get("/producers").then()
                .statusCode(200).extract().jsonPath().getLong("total");
    }

    static JsonPath submit(String token, byte[] xlsx, String mode) {
        return given().auth().oauth2(token).contentType(XLSX).body(xlsx).queryParam("mode", mode).post("/imports")
                .then().statusCode(202).extract().jsonPath();
    }

    static JsonPath job(String token, String id) {
        return given().auth().oauth2(token).get("/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitFinished(String token, String id, List<Integer> progressSeen) {
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(150)).until(() -> {
            JsonPath j = job(token, id);
            if ("WRITING".equals(j.getString("status"))) {
                progressSeen.add(j.getInt("rowsDone"));
            }
            return List.of("SUCCEEDED", "REJECTED", "FAILED", "INTERRUPTED").contains(j.getString("status"));
        });
        return job(token, id);
    }

    @Test
    void shouldReportExactlyTheTwentyBadRowsOfAFiveThousandRowWorkbook() {
        List<String> communes = communes(QUANG_NINH);
        String takenTaxCode = aTaxCode();
        Fixtures.aProducer().with("taxCode", takenTaxCode).create();
        String takenGtin = Fixtures.aGtin13();
        Fixtures.aProduct(Fixtures.aProducer().create()).withGtin(takenGtin).create();
        String takenNumber = "QĐ-taken-" + UUID.randomUUID();
        Map<String, Object> cert = Fixtures.aCertificate(Fixtures.aProduct(Fixtures.aProducer().create()).create()).body;
        cert.put("number", takenNumber);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(cert).post("/certificates")
                .then().statusCode(201);

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<List<Object>> producers = new ArrayList<>();
        producers.add(List.of("ref", "name", "type", "taxCode", "communeCode", "address", "contactName", "phone",
                "email", "workers"));
        List<List<Object>> products = new ArrayList<>();
        products.add(List.of("ref", "producerRef", "name", "groupCode", "gtin", "description"));
        List<List<Object>> certificates = new ArrayList<>();
        certificates.add(List.of("productRef", "number", "stars", "issuingAuthority", "decisionDate", "validUntil"));
        Set<String> expectedBad = new LinkedHashSet<>();
        String[] types = {"DN", "HTX", "THT", "HKD"};
        for (int i = 0; i < 2000; i++) {
            producers.add(new ArrayList<>(List.of("P" + i, "Chủ thể OCOP Quảng Ninh " + run + " số " + i, types[i % 4],
                    i % 5 == 0 ? aTaxCode() : "", communes.get(i % communes.size()), "Thôn " + (i % 17 + 1),
                    "Nguyễn Văn " + i, "0912345678", "", 3 + i % 20)));
        }
        for (int i = 0; i < 2000; i++) {
            products.add(new ArrayList<>(List.of("SP" + i, "P" + (i < 1500 ? i : i - 1500), "Sản phẩm " + run + " số "
                    + i, i % 3 == 0 ? "FOOD" : "BEVERAGE", i % 2 == 0 ? gtin() : "", "Mô tả")));
        }
        String decided = today().minusMonths(6).toString();
        for (int i = 0; i < 1000; i++) {
            certificates.add(new ArrayList<>(List.of("SP" + i, "QĐ-QN-" + run + "-" + i, 3 + i % 3,
                    "UBND tỉnh Quảng Ninh", decided, "")));
        }
        // 8 bad producers (none has products: products name producers P0–P1499), spreadsheet row = index + 2
        bad(producers, 1600, 1, "", expectedBad, "producers");                         // name missing
        bad(producers, 1601, 2, "XYZ", expectedBad, "producers");                      // type
        bad(producers, 1602, 4, "99999", expectedBad, "producers");                    // commune code
        bad(producers, 1603, 9, -4, expectedBad, "producers");                         // workers
        String dupTax = aTaxCode();
        producers.get(1605 + 1).set(3, dupTax);
        bad(producers, 1606, 3, dupTax, expectedBad, "producers");                     // tax code twice in the file
        bad(producers, 1607, 3, takenTaxCode, expectedBad, "producers");               // tax code in the registry
        producers.get(1608 + 1).set(5, "Xóm Phẩm 1, xã Dương Thành, huyện Phú Bình, tỉnh Thái Nguyên");
        bad(producers, 1608, 4, "", expectedBad, "producers");                         // commune missing, old district
        bad(producers, 1609, 8, "not-an-email", expectedBad, "producers");             // email
        // 7 bad products (none has certificates: certificates name SP0–SP999)
        String wrong = gtin();
        bad(products, 1100, 4, wrong.substring(0, 12) + ((wrong.charAt(12) - '0' + 1) % 10), expectedBad, "products");
        String twice = gtin();
        products.get(1101 + 1).set(4, twice);
        bad(products, 1103, 4, twice, expectedBad, "products");                       // GTIN twice in the file
        bad(products, 1104, 4, takenGtin, expectedBad, "products");                   // GTIN in the registry
        bad(products, 1105, 3, "JEWELLERY", expectedBad, "products");                 // group
        bad(products, 1106, 2, "", expectedBad, "products");                          // name missing
        bad(products, 1107, 1, "P-unknown", expectedBad, "products");                 // producer ref
        bad(products, 1108, 5, "x".repeat(5001), expectedBad, "products");            // description too long
        // 5 bad certificates
        bad(certificates, 900, 2, 2, expectedBad, "certificates");                    // stars
        bad(certificates, 901, 4, today().plusDays(3).toString(), expectedBad, "certificates"); // decision in future
        bad(certificates, 903, 1, "QĐ-QN-" + run + "-902", expectedBad, "certificates"); // number twice (2nd)
        bad(certificates, 905, 1, takenNumber, expectedBad, "certificates");          // number in the registry
        bad(certificates, 906, 5, today().minusMonths(7).toString(), expectedBad, "certificates"); // until < decided
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("producers", producers);
        sheets.put("products", products);
        sheets.put("certificates", certificates);
        byte[] xlsx = Workbooks.write(sheets);
        assertThat(producers.size() + products.size() + certificates.size() - 3).isEqualTo(5000);

        long before = producersIn(QUANG_NINH);
        String rejected = submit(Tokens.admin(), xlsx, "all-or-nothing").getString("id");
        JsonPath done = awaitFinished(Tokens.admin(), rejected, new ArrayList<>());
        assertThat(done.getString("status")).isEqualTo("REJECTED");
        assertThat(done.getInt("rowsTotal")).isEqualTo(5000);
        assertThat(done.getInt("rowsBad")).isEqualTo(20);
        assertThat(producersIn(QUANG_NINH)).isEqualTo(before);
        List<List<String>> issues = Workbooks.read(given().auth().oauth2(Tokens.admin())
                .get("/imports/" + rejected + "/result.xlsx").then().statusCode(200).extract().asByteArray())
                .get("issues");
        Set<String> reported = new LinkedHashSet<>();
        issues.subList(1, issues.size()).stream().filter(r -> r.get(3).equals("ERROR"))
                .forEach(r -> reported.add(r.get(0) + ":" + r.get(1)));
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expectedBad);
        assertThat(issues).anySatisfy(r -> assertThat(r).containsSubsequence("producers", "1610", "communeCode")
                .anySatisfy(cell -> assertThat(cell).contains("05908")));
        assertThat(issues).allSatisfy(r -> assertThat(r.get(4)).isNotBlank());

        List<Integer> progress = new ArrayList<>();
        String partial = submit(Tokens.admin(), xlsx, "valid-rows").getString("id");
        JsonPath written = awaitFinished(Tokens.admin(), partial, progress);
        assertThat(written.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(written.getInt("rowsWritten")).isEqualTo(4980);
        assertThat(written.getInt("rowsBad")).isEqualTo(20);
        assertThat(producersIn(QUANG_NINH)).isEqualTo(before + 1992);
        assertThat(progress).as("rowsDone seen while writing").anySatisfy(p -> assertThat(p).isBetween(1, 4979));
        String csv = given().auth().oauth2(Tokens.admin()).get("/imports/" + partial + "/result.csv").then()
                .statusCode(200).extract().asString();
        assertThat(csv).startsWith("\uFEFFsheet,row,column,severity,reason,suggestion");
    }

    private static void bad(List<List<Object>> rows, int index, int column, Object value, Set<String> expected,
                            String sheet) {
        rows.get(index + 1).set(column, value);
        expected.add(sheet + ":" + (index + 2));
    }

    @Test
    void shouldOfferATemplateWithAnExampleRowPerSheet() {
        byte[] template = given().auth().oauth2(Tokens.provinceAdmin(QUANG_NINH)).get("/imports/template.xlsx").then()
                .statusCode(200).contentType(XLSX).extract().asByteArray();
        Map<String, List<List<String>>> sheets = Workbooks.read(template);
        assertThat(sheets.keySet()).containsExactly("producers", "products", "certificates");
        assertThat(sheets.get("producers")).hasSize(2);
        assertThat(sheets.get("producers").get(0)).startsWith("ref", "name", "type", "taxCode", "communeCode");
        assertThat(sheets.get("products").get(1)).contains("Cao ngựa bạch Hoan Hoa");
        assertThat(sheets.get("certificates")).hasSize(2);
    }

    @Test
    void shouldKeepAProvinceAdminsImportInsideItsProvince() {
        List<String> mine = communes(QUANG_NINH);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("producers", List.of(
                List.of("ref", "name", "type", "taxCode", "communeCode", "address", "contactName", "phone", "email",
                        "workers"),
                List.of("A", "HTX Hạ Long " + run, "HTX", "", mine.get(0), "Tổ 1", "", "", "", 10),
                List.of("B", "HTX Phú Bình " + run, "HTX", "", "05908", "Xóm Phẩm 1", "", "", "", 10)));
        String token = Tokens.provinceAdmin(QUANG_NINH);
        String id = submit(token, Workbooks.write(sheets), "valid-rows").getString("id");
        JsonPath done = awaitFinished(token, id, new ArrayList<>());
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("rowsWritten")).isEqualTo(1);
        assertThat(given().auth().oauth2(token).get("/imports/" + id + "/result.csv").then().statusCode(200)
                .extract().asString()).contains("producers,3,communeCode,ERROR,is outside province 22");
        given().auth().oauth2(Tokens.provinceAdmin("19")).get("/imports/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.officer(mine.get(0))).contentType(XLSX).body(Workbooks.write(sheets))
                .post("/imports").then().statusCode(403);
        given().auth().oauth2(token).contentType(XLSX).body("not a workbook".getBytes(StandardCharsets.UTF_8))
                .post("/imports").then().statusCode(415);
        given().auth().oauth2(token).contentType(XLSX).body(Workbooks.write(sheets)).queryParam("mode", "some")
                .post("/imports").then().statusCode(400);
    }
}
