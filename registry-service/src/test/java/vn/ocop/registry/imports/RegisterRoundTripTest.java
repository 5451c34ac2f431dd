package vn.ocop.registry.imports;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workbooks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aGtin13;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.MonitoringFixtures.aTaxCode;
import static vn.ocop.registry.support.MonitoringFixtures.today;

/**
 * Registers of Lạng Sơn (province 20) exported as XLSX import into Cao Bằng (province 04, empty before: neither is used
 * by another test class) and export again as the same registers. The registry keys tax codes, GTINs and certificate
 * numbers uniquely, so the move gives them new values and maps each commune to one of Cao Bằng, as a province taking
 * over another's records would; everything else must come back unchanged. Scope and CSV checks use Sơn La (14).
 */
@QuarkusTest
class RegisterRoundTripTest {

    static final String LANG_SON = "20";
    static final String CAO_BANG = "04";
    static final String SON_LA = "14";

    @Test
    void shouldImportAnExportedRegisterIntoAnEmptyProvinceAsTheSameRegister() {
        List<String> source = communes(LANG_SON);
        UUID coop = aProducer().named("Hợp tác xã Hồi Lạng Sơn, \"Xứ Lạng\"").inCommune(source.get(0))
                .with("type", "HTX").with("taxCode", aTaxCode()).with("workers", 40).create();
        UUID household = aProducer().named("Hộ kinh doanh Na Chi Lăng").inCommune(source.get(3)).with("workers", 5)
                .create();
        UUID hoi = aProduct(coop).named("Tinh dầu hồi Lạng Sơn").inGroup("HERBAL").withGtin(aGtin13()).create();
        UUID na = aProduct(household).named("Na Chi Lăng").inGroup("FOOD").create();
        aProduct(household).named("Na sấy dẻo").inGroup("FOOD").withGtin(aGtin13()).create();
        aCertificate(hoi).stars(4).decidedOn(today().minusMonths(14)).record();
        aCertificate(na).stars(3).decidedOn(today().minusMonths(3)).record();

        Map<String, List<List<String>>> exported = export(Tokens.provinceAdmin(LANG_SON), LANG_SON);
        assertThat(exported.get("producers")).hasSize(3);
        assertThat(exported.get("products")).hasSize(4);
        assertThat(exported.get("certificates")).hasSize(3);

        List<String> target = communes(CAO_BANG);
        Map<String, String> communeMap = new HashMap<>();
        Map<String, List<List<Object>>> moved = new LinkedHashMap<>();
        moved.put("producers", rewrite(exported.get("producers"), (column, value) -> switch (column) {
            case "communeCode" -> communeMap.computeIfAbsent(value, v -> target.get(communeMap.size()));
            case "taxCode" -> value.isEmpty() ? value : aTaxCode();
            default -> value;
        }));
        moved.put("products", rewrite(exported.get("products"), (column, value) -> column.equals("gtin")
                && !value.isEmpty() ? aGtin13() : value));
        moved.put("certificates", rewrite(exported.get("certificates"), (column, value) -> column.equals("number")
                ? value + "/CB" : value));
        String token = Tokens.provinceAdmin(CAO_BANG);
        String id = RegisterImportTest.submit(token, Workbooks.write(moved), "all-or-nothing").getString("id");
        assertThat(RegisterImportTest.awaitFinished(token, id, new ArrayList<>()).getString("status"))
                .isEqualTo("SUCCEEDED");

        Map<String, List<List<String>>> again = export(token, null);
        assertThat(comparable(again.get("producers"), "name", "type", "address", "contactName", "workers"))
                .containsExactlyInAnyOrderElementsOf(comparable(exported.get("producers"), "name", "type", "address",
                        "contactName", "workers"));
        assertThat(comparable(again.get("products"), "name", "groupCode", "description"))
                .containsExactlyInAnyOrderElementsOf(comparable(exported.get("products"), "name", "groupCode",
                        "description"));
        assertThat(comparable(again.get("certificates"), "stars", "issuingAuthority", "decisionDate", "validUntil",
                "status")).containsExactlyInAnyOrderElementsOf(comparable(exported.get("certificates"), "stars",
                "issuingAuthority", "decisionDate", "validUntil", "status"));
        assertThat(column(again.get("producers"), "communeCode")).allSatisfy(c -> assertThat(target).contains(c));
    }

    @Test
    void shouldExportOnlyTheCallersProvince() {
        given().auth().oauth2(Tokens.provinceAdmin(CAO_BANG)).queryParam("province", LANG_SON)
                .queryParam("format", "csv").get("/registers/export").then().statusCode(403);
        given().auth().oauth2(Tokens.producer(UUID.randomUUID())).get("/registers/export").then().statusCode(403);
        given().get("/registers/export").then().statusCode(401);
        aProducer().inCommune(communes(SON_LA).get(5)).create();
        Map<String, List<List<String>>> mine = export(Tokens.provinceAdmin(SON_LA), null);
        List<String> sonLa = communes(SON_LA);
        assertThat(column(mine.get("producers"), "communeCode")).isNotEmpty().allSatisfy(c ->
                assertThat(sonLa).contains(c));
        byte[] csv = given().auth().oauth2(Tokens.provinceAdmin(SON_LA)).queryParam("format", "csv")
                .queryParam("register", "producers").get("/registers/export").then().statusCode(200)
                .extract().asByteArray();
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(csv[1] & 0xFF).isEqualTo(0xBB);
        assertThat(csv[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotContain(",05908,"));
    }

    @Test
    void shouldQuoteCsvFieldsByRfc4180() {
        String commune = communes(SON_LA).get(7);
        aProducer().named("Cơ sở \"Hồi, Quế\" Văn Quan").inCommune(commune).create();
        String csv = given().auth().oauth2(Tokens.admin()).queryParam("province", SON_LA)
                .accept("text/csv").get("/registers/export").then().statusCode(200).extract().asString();
        assertThat(csv).contains(",\"Cơ sở \"\"Hồi, Quế\"\" Văn Quan\",");
    }

    private static List<String> communes(String province) {
        return given().get("/provinces/" + province + "/communes").then().statusCode(200).extract().jsonPath()
                .getList("code");
    }

    private static Map<String, List<List<String>>> export(String token, String province) {
        var request = given().auth().oauth2(token).queryParam("format", "xlsx");
        if (province != null) {
            request = request.queryParam("province", province);
        }
        return Workbooks.read(request.get("/registers/export").then().statusCode(200).extract().asByteArray());
    }

    private static List<List<Object>> rewrite(List<List<String>> sheet, java.util.function.BinaryOperator<String> f) {
        List<String> header = sheet.get(0);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(header));
        for (List<String> row : sheet.subList(1, sheet.size())) {
            List<Object> out = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                out.add(f.apply(header.get(c), row.get(c)));
            }
            rows.add(out);
        }
        return rows;
    }

    private static List<String> column(List<List<String>> sheet, String name) {
        int index = sheet.get(0).indexOf(name);
        return sheet.subList(1, sheet.size()).stream().map(r -> r.get(index)).toList();
    }

    private static List<String> comparable(List<List<String>> sheet, String... columns) {
        List<String> header = sheet.get(0);
        Function<List<String>, String> key = row -> java.util.Arrays.stream(columns)
                .map(c -> row.get(header.indexOf(c))).collect(Collectors.joining(" | "));
        return sheet.subList(1, sheet.size()).stream().map(key).toList();
    }
}
