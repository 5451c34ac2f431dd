package vn.ocop.registry.support;

import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Reads and moves the registry's clock through {@code /admin/clock}; tests reset it in a finally block. */
public final class RegistryClock {

    private RegistryClock() {
    }

    /** The registry's day (Vietnam time, with any offset). */
    public static LocalDate today() {
        return LocalDate.parse(given().auth().oauth2(Tokens.admin()).get("/admin/clock").then().statusCode(200)
                .extract().path("today"));
    }

    /** Moves the clock by an ISO-8601 offset from the system time; returns the registry's new day. */
    public static LocalDate move(String offset) {
        return LocalDate.parse(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("offset", offset)).put("/admin/clock").then().statusCode(200).extract().path("today"));
    }

    public static void reset() {
        given().auth().oauth2(Tokens.admin()).delete("/admin/clock").then().statusCode(200);
    }
}
