package vn.ocop.registry.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** An address's notification preference is set only by an admin or the producer whose contact address it is. */
@QuarkusTest
class NotificationPreferenceAccessTest {

    @Test
    void shouldRefuseAnotherProducersOrAnOfficersChangeAndStoreNothing() {
        String address = "nguoi-khac-" + UUID.randomUUID() + "@example.vn";
        Map<String, Object> optOut = Map.of("language", "en", "optedOut", List.of("SCORING_ROUND_OPENED"));
        for (String token : List.of(Tokens.producer(UUID.randomUUID()), Tokens.officer("05908"),
                Tokens.provinceAdmin("19"), Tokens.ministry())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(optOut)
                    .when().put("/notification-preferences/{email}", address)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.admin()).when().get("/notification-preferences/{email}", address)
                .then().statusCode(200).body("language", equalTo("vi")).body("optedOut", empty());
    }
}
