package vn.ocop.registry.support;

import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Builders for the monitoring tests: revenue reports, linkage contracts, sales points and unique tax codes. */
public final class MonitoringFixtures {

    /** The programme's time zone: "today" of the registry. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private MonitoringFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** A random, practically unique 10-digit tax code. */
    public static String aTaxCode() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    public static void revenue(UUID productId, int year, long vnd) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("year", year, "revenueVnd", vnd))
                .post("/products/" + productId + "/revenue-reports").then().statusCode(201);
    }

    public static void contract(UUID productId, LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>(Map.of("partnerName", "Công ty CP Dược liệu " + UUID.randomUUID(),
                "role", "BUYER", "validFrom", from.toString()));
        if (to != null) {
            body.put("validTo", to.toString());
        }
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/products/" + productId + "/linkage-contracts").then().statusCode(201);
    }

    public static void salesPoint(String commune, String kind, LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", "Điểm OCOP " + UUID.randomUUID(),
                "communeCode", commune, "address", "Chợ trung tâm", "operatorName", "HTX Dịch vụ"));
        if (startsOn != null) {
            body.put("startsOn", startsOn.toString());
        }
        if (endsOn != null) {
            body.put("endsOn", endsOn.toString());
        }
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).post("/sales-points")
                .then().statusCode(201);
    }

    public static void revoke(UUID certificateId) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Vi phạm cam kết chất lượng"))
                .post("/certificates/" + certificateId + "/revoke").then().statusCode(200);
    }
}
