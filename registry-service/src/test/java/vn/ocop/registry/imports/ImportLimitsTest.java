package vn.ocop.registry.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.imports.service.ImportService;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Attack: an import workbook was read whole into memory with no row or inflate cap (a 20 KiB zip bomb inflates to
 * gigabytes) and its content was kept for ever. Refused: the workbook's bytes, inflated size, compression ratio and
 * rows are checked before a job is recorded (413 problem+json stating the limit); the content is deleted when the
 * job ends and finished jobs are purged after the retention period.
 */
@QuarkusTest
class ImportLimitsTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ImportService imports;

    @Test
    void shouldRefuseAZipBombBeforeParsingIt() throws IOException, SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 24; i++) {
                zip.write(zeros);
            }
        }
        long jobsBefore = count("select count(*) from import_job");
        given().auth().oauth2(Tokens.admin()).contentType(XLSX).body(bytes.toByteArray()).post("/imports").then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://ocop.gov.vn/problems/import-too-large"))
                .body("detail", containsString("200"));
        assertThat(bytes.size()).isLessThan(100_000);
        assertThat(count("select count(*) from import_job")).isEqualTo(jobsBefore);
    }

    @Test
    void shouldRefuseMoreRowsThanTheLimit() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("ref", "name"));
        for (int i = 0; i <= 50_000; i++) {
            rows.add(List.of("P" + i, "x"));
        }
        given().auth().oauth2(Tokens.admin()).contentType(XLSX).body(Workbooks.write(Map.of("producers", rows)))
                .post("/imports").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("50000")).body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldDeleteTheWorkbookWhenTheJobEndsAndPurgeOldJobs() throws SQLException {
        List<List<Object>> producers = List.of(List.of("ref", "name", "type", "taxCode", "communeCode", "address",
                "contactName", "phone", "email", "workers"));
        String id = given().auth().oauth2(Tokens.admin()).contentType(XLSX)
                .body(Workbooks.write(Map.of("producers", producers))).post("/imports").then().statusCode(202)
                .extract().path("id");
        await().atMost(Duration.ofSeconds(20)).until(() -> !List.of("QUEUED", "VALIDATING", "WRITING")
                .contains(given().auth().oauth2(Tokens.admin()).get("/imports/" + id).then().extract()
                        .<String>path("status")));
        assertThat(count("select count(*) from import_job where id = '" + UUID.fromString(id)
                + "' and content is null")).isEqualTo(1);

        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update import_job set finished_at = now() - interval '31 days' where id = ?")) {
            s.setObject(1, UUID.fromString(id));
            s.executeUpdate();
        }
        assertThat(imports.purgeFinished()).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(Tokens.admin()).get("/imports/" + id).then().statusCode(404);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
