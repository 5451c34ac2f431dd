package vn.ocop.registry.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.inject.Inject;
import vn.ocop.contract.Roles;
import vn.ocop.registry.product.service.ProductCommand;
import vn.ocop.registry.product.service.ProductService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workbooks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * What else the audit trail records, read through {@code GET /audit-entries}: producer and product edits (before and
 * after), partner keys and webhook secrets (never the secrets themselves), imports and exports.
 */
@QuarkusTest
class AuditCoverageTest {

    @Inject
    ProductService products;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void shouldRecordProducerAndProductEditsWithTheRecordBeforeAndAfter() {
        UUID producer = aProducer().inCommune("05908").create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProducer().inCommune("05908").named("HTX Đổi Tên").with("phone", "0912345678").body)
                .put("/producers/" + producer).then().statusCode(200);
        JsonPath producerTrail = trail("producer", producer);
        assertThat(producerTrail.getList("items.action")).containsExactly("registered", "updated");
        assertThat(producerTrail.getString("items[0].before")).isNull();
        assertThat(producerTrail.getString("items[1].before.name")).isEqualTo(producerTrail.getString(
                "items[0].after.name"));
        assertThat(producerTrail.getString("items[1].after.name")).isEqualTo("HTX Đổi Tên");
        assertThat(producerTrail.getString("items[1].after.phone")).isEqualTo("0912345678");
        assertThat(producerTrail.getString("items[1].provinceCode")).isEqualTo("19");
        assertThat(producerTrail.getString("items[1].actor")).isNotBlank().isNotEqualTo("system");

        UUID product = aProduct(producer).create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProduct(producer).named("Cao ngựa bạch mới").body).put("/products/" + product)
                .then().statusCode(200);
        JsonPath productTrail = trail("product", product);
        assertThat(productTrail.getList("items.action")).containsExactly("registered", "updated");
        assertThat(productTrail.getString("items[0].before")).isNull();
        assertThat(productTrail.getString("items[1].after.name")).isEqualTo("Cao ngựa bạch mới");
        assertThat(productTrail.getString("items[1].before.name")).isNotEqualTo("Cao ngựa bạch mới");
        // the province admin of the producer's province reads them, another province's does not
        given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("entityId", product.toString())
                .get("/audit-entries").then().statusCode(200).body("total", org.hamcrest.Matchers.is(2));
        given().auth().oauth2(Tokens.provinceAdmin("01")).queryParam("entityId", product.toString())
                .get("/audit-entries").then().statusCode(200).body("total", org.hamcrest.Matchers.is(0));
    }

    @Test
    void shouldRecordPartnerKeysAndWebhookSecretsWithoutTheSecrets() {
        JsonPath created = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Sàn kiểm toán " + UUID.randomUUID(), "contactEmail", "audit@ocop.test"))
                .post("/partners").then().statusCode(201).extract().jsonPath();
        UUID partner = UUID.fromString(created.getString("partner.id"));
        String rotated = given().auth().oauth2(Tokens.admin()).post("/partners/" + partner + "/keys").then()
                .statusCode(201).extract().path("apiKey");
        String newKeyId = given().auth().oauth2(Tokens.admin()).get("/partners/" + partner).then()
                .extract().path("keys.find { it.expiresAt == null }.id");
        given().auth().oauth2(Tokens.admin()).delete("/partners/" + partner + "/keys/" + newKeyId).then()
                .statusCode(200);
        String secret = given().auth().oauth2(Tokens.admin()).post("/partners/" + partner + "/webhook-secret")
                .then().statusCode(200).extract().path("webhookSecret");

        JsonPath trail = trail("partner", partner);
        assertThat(trail.getList("items.action"))
                .containsExactly("created", "key-rotated", "key-revoked", "webhook-secret-rotated");
        assertThat(trail.getString("items[1].after.keyPrefix")).isEqualTo(rotated.split("_", 3)[1]);
        assertThat(trail.getString("items[2].after.keyId")).isEqualTo(newKeyId);
        String everything = trail.prettify();
        assertThat(everything).doesNotContain(created.getString("apiKey")).doesNotContain(rotated)
                .doesNotContain(created.getString("webhookSecret")).doesNotContain(secret)
                .doesNotContain(rotated.split("_", 3)[2]);
    }

    @Test
    void shouldRecordImportsAndExports() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("producers", List.of(
                List.of("ref", "name", "type", "taxCode", "communeCode", "address", "contactName", "phone", "email",
                        "workers"),
                List.of("A", "HTX Kiểm toán " + run, "HTX", "", "05908", "Xóm Phẩm 1", "", "", "", 10)));
        String job = given().auth().oauth2(Tokens.admin()).contentType(XLSX).body(Workbooks.write(sheets))
                .queryParam("mode", "valid-rows").post("/imports").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofMinutes(2)).until(() -> trail("import", UUID.fromString(job)).getInt("total") == 2);
        JsonPath imported = trail("import", UUID.fromString(job));
        assertThat(imported.getList("items.action")).containsExactly("submitted", "finished");
        assertThat(imported.getString("items[1].after.status")).isEqualTo("SUCCEEDED");
        assertThat(imported.getInt("items[1].after.rowsWritten")).isEqualTo(1);

        given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("format", "csv").get("/registers/export")
                .then().statusCode(200);
        int exports = given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("entityType", "export")
                .queryParam("size", 1).get("/audit-entries").then().statusCode(200).extract().path("total");
        JsonPath last = given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("entityType", "export")
                .queryParam("size", 1).queryParam("page", exports - 1).get("/audit-entries").then().extract()
                .jsonPath();
        assertThat(last.getString("items[0].action")).isEqualTo("exported");
        assertThat(last.getString("items[0].after.file")).isEqualTo("registers-19-producers.csv");
        assertThat(last.getString("items[0].provinceCode")).isEqualTo("19");
        assertThat(last.getInt("items[0].after.rows")).isPositive();
    }

    /**
     * A transaction's entries are written when it commits; an edit after another in the same transaction still finds
     * the record as the first edit left it.
     */
    @Test
    void shouldTakeTheRecordBeforeAnEditFromAnEarlierEditOfTheSameTransaction() {
        UUID producer = aProducer().inCommune("05908").create();
        UUID product = aProduct(producer).create();
        JsonPath stored = given().auth().oauth2(Tokens.admin()).get("/products/" + product).then().statusCode(200)
                .extract().jsonPath();
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(QuarkusSecurityIdentity
                    .builder().setPrincipal(new QuarkusPrincipal("audit-test")).addRole(Roles.ADMIN).build());
            QuarkusTransaction.requiringNew().run(() -> {
                for (String name : List.of("Mật ong bạc hà lần một", "Mật ong bạc hà lần hai")) {
                    products.update(product, new ProductCommand(producer, name, stored.getString("groupCode"),
                            stored.getString("gtin"), stored.getString("description")));
                }
            });
        } finally {
            if (activated) {
                request.terminate();
            }
        }

        JsonPath trail = trail("product", product);
        assertThat(trail.getList("items.action")).containsExactly("registered", "updated", "updated");
        assertThat(trail.getString("items[1].before.name")).isEqualTo(trail.getString("items[0].after.name"));
        assertThat(trail.getString("items[2].before.name")).isEqualTo("Mật ong bạc hà lần một");
        assertThat(trail.getString("items[2].after.name")).isEqualTo("Mật ong bạc hà lần hai");
    }

    private static JsonPath trail(String type, UUID id) {
        return given().auth().oauth2(Tokens.admin()).queryParam("entityType", type)
                .queryParam("entityId", id.toString()).queryParam("size", 100).get("/audit-entries").then()
                .statusCode(200).extract().jsonPath();
    }
}
