package vn.ocop.registry.dossier;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * Dossier attachments live in the blob store: new uploads are stored there (the row keeps metadata only), and rows
 * written before the move (bytes in the table, as the old schema stored them) are copied by the background copier
 * and read back byte for byte with the same SHA-256, ETag and Repr-Digest.
 */
@QuarkusTest
class AttachmentStoreTest {

    @Inject
    AgroalDataSource db;

    @Test
    void shouldKeepOnlyMetadataInTheDatabaseForANewUpload() throws Exception {
        UUID producer = aProducer().create();
        UUID dossier = aDraft(producer);
        String id = Workflow.attach(dossier, "REGISTRATION_FORM", Workflow.PDF, "application/pdf",
                Tokens.producer(producer)).statusCode(201).extract().path("id");

        assertThat(row(UUID.fromString(id))).isEqualTo(new Row(null, "documents/" + sha256(Workflow.PDF)));
        byte[] served = content(dossier, id, Tokens.producer(producer)).asByteArray();
        assertThat(served).isEqualTo(Workflow.PDF);
    }

    @Test
    void shouldCopyRowsWrittenBeforeTheMoveAndServeThemByteForByte() throws Exception {
        UUID producer = aProducer().create();
        UUID dossier = aDraft(producer);
        byte[][] legacy = new byte[3][];
        UUID[] ids = new UUID[3];
        for (int i = 0; i < 3; i++) {
            byte[] scan = new byte[200_000 + i];
            new Random(i).nextBytes(scan);
            System.arraycopy(Workflow.PDF, 0, scan, 0, 8);
            legacy[i] = scan;
            ids[i] = insertAsTheOldSchemaDid(dossier, scan);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (UUID id : ids) {
                assertThat(row(id).content()).as("content cleared after the copy").isNull();
            }
        });
        for (int i = 0; i < 3; i++) {
            String sha = sha256(legacy[i]);
            assertThat(row(ids[i]).storageKey()).isEqualTo("documents/" + sha);
            Response served = content(dossier, ids[i].toString(), Tokens.producer(producer));
            assertThat(served.asByteArray()).isEqualTo(legacy[i]);
            assertThat(served.header("ETag")).isEqualTo("\"" + sha + "\"");
            assertThat(served.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder()
                    .encodeToString(HexFormat.of().parseHex(sha)) + ":");
        }
        given().auth().oauth2(Tokens.producer(producer)).get("/dossiers/" + dossier + "/attachments").then()
                .statusCode(200).body("sha256", org.hamcrest.Matchers.hasItem(sha256(legacy[0])));
    }

    private static UUID aDraft(UUID producer) {
        Workflow.ensureCriteriaSet("FOOD");
        return UUID.fromString(Workflow.open(aProduct(producer).inGroup("FOOD").create(), Tokens.producer(producer))
                .statusCode(201).extract().path("id"));
    }

    private UUID insertAsTheOldSchemaDid(UUID dossier, byte[] content) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into dossier_attachment (id, dossier_id, kind, file_name, media_type, size_bytes, sha256, "
                        + "content, uploaded_by, uploaded_at) values (?, ?, 'BUSINESS_PLAN', 'ke-hoach.pdf', "
                        + "'application/pdf', ?, ?, ?, 'legacy', ?)")) {
            s.setObject(1, id);
            s.setObject(2, dossier);
            s.setLong(3, content.length);
            s.setString(4, sha256(content));
            s.setBytes(5, content);
            s.setObject(6, OffsetDateTime.now());
            s.executeUpdate();
        }
        return id;
    }

    private record Row(byte[] content, String storageKey) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && java.util.Arrays.equals(content, r.content)
                    && java.util.Objects.equals(storageKey, r.storageKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(storageKey);
        }
    }

    private Row row(UUID id) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select content, storage_key from dossier_attachment where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return new Row(r.getBytes(1), r.getString(2));
            }
        }
    }

    private static Response content(UUID dossier, String id, String token) {
        return given().auth().oauth2(token).get("/dossiers/" + dossier + "/attachments/" + id + "/content").then()
                .statusCode(200).extract().response();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
