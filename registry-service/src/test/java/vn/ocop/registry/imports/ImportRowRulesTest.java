package vn.ocop.registry.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.registry.producer.ProducerType;
import vn.ocop.registry.producer.service.ProducerCommand;
import vn.ocop.registry.producer.service.ProducerConstraints;
import vn.ocop.registry.product.service.ProductCommand;
import vn.ocop.registry.product.service.ProductConstraints;
import vn.ocop.registry.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import rows are checked with the API's field rules: a producer or product command breaks the same rules, with the
 * same field names and messages, as the request body the API would reject.
 */
@QuarkusTest
class ImportRowRulesTest {

    @Inject
    ProducerConstraints producerRules;

    @Inject
    ProductConstraints productRules;

    @Test
    void shouldFindInAProducerRowWhatTheApiFindsInTheSameBody() {
        ProducerCommand row = new ProducerCommand(" ", ProducerType.HKD, "12345", "05908", "x".repeat(501), null,
                "call me", "not-an-email", -4);
        Map<String, Object> body = new HashMap<>();
        body.put("name", row.name());
        body.put("type", row.type().name());
        body.put("taxCode", row.taxCode());
        body.put("communeCode", row.communeCode());
        body.put("address", row.address());
        body.put("phone", row.phone());
        body.put("email", row.email());
        body.put("workers", row.workers());

        List<FieldError> found = producerRules.violations(row);

        assertThat(found).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "taxCode", "address", "phone", "email", "workers");
        assertThat(found).containsExactlyInAnyOrderElementsOf(rejected("/producers", body));
        assertThat(producerRules.violations(new ProducerCommand("Cơ sở Hoan Hoa", ProducerType.HKD, null, "05908",
                "Xóm Phẩm 1", null, null, null, 3))).isEmpty();
    }

    @Test
    void shouldFindInAProductRowWhatTheApiFindsInTheSameBody() {
        ProductCommand row = new ProductCommand(UUID.randomUUID(), "", "FOOD", "12345", "x".repeat(5001));
        Map<String, Object> body = new HashMap<>();
        body.put("producerId", row.producerId().toString());
        body.put("name", row.name());
        body.put("groupCode", row.groupCode());
        body.put("gtin", row.gtin());
        body.put("description", row.description());

        List<FieldError> found = productRules.violations(row);

        assertThat(found).extracting(FieldError::field).containsExactlyInAnyOrder("name", "gtin", "description");
        assertThat(found).containsExactlyInAnyOrderElementsOf(rejected("/products", body));
    }

    private static List<FieldError> rejected(String path, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(400).extract().jsonPath().getList("errors").stream()
                .map(e -> (Map<?, ?>) e)
                .map(e -> new FieldError(String.valueOf(e.get("field")), String.valueOf(e.get("message"))))
                .toList();
    }
}
