package vn.ocop.systemtests;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.localstack.LocalStack;
import vn.ocop.localstack.keycloak.KeycloakServer;
import vn.ocop.localstack.keycloak.LocalRealm;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Real sign-in: the real Keycloak distribution with the realm of {@code deploy/keycloak/} imported, both services
 * verifying its tokens (issuer, JWKS, audience ocop-api), accounts provisioned by the registry through Keycloak's admin
 * API. Users sign in through the token endpoint (direct grant of the local test client, as {@code curl} would).
 */
class KeycloakSignInTest {

    private static final String PHU_BINH = "05908";
    private static final String OTHER_COMMUNE = "00004";   // Hà Nội
    private static LocalStack stack;
    private static KeycloakServer keycloak;

    @BeforeAll
    static void start() {
        Instant started = Instant.now();
        stack = LocalStack.builder().temporary().freePorts().keycloakOnFreePorts().stopOnExit().startUnchecked();
        keycloak = stack.keycloak();
        try {
            vn.ocop.localstack.DemoWorkflow.publishCriteriaSets(stack.registryUrl(), signIn("admin"),
                    stack.repositoryRoot());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.printf("Keycloak ready in %.1f s; whole stack with Keycloak in %.1f s%n",
                keycloak.startTime().toMillis() / 1e3, Duration.between(started, Instant.now()).toMillis() / 1e3);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldShowACommuneOfficerItsCommunesDossiersOnly() throws IOException {
        String ours = openDossier(PHU_BINH);
        String theirs = openDossier(OTHER_COMMUNE);
        String officer = signIn("commune-officer");
        assertThat(claims(officer)).containsEntry("commune_code", PHU_BINH).containsEntry("aud", "ocop-api");

        registry(officer).get("/dossiers?size=100").then().statusCode(200)
                .body("items.id", hasItem(ours)).body("items.id", not(hasItem(theirs)));
        registry(officer).get("/dossiers/{id}", theirs).then().statusCode(404);
    }

    @Test
    void shouldGiveAnAppointedOfficerATokenWithItsCommuneAndRefuseItOnceTheAppointmentEnds() throws IOException {
        String provinceAdmin = signIn("province-admin");
        String username = "can-bo." + System.nanoTime() + "@ocop.test";
        String id = registry(provinceAdmin).body(Map.of("username", username, "firstName", "Lê", "lastName", "Thị Hoa",
                        "role", "commune-officer", "communeCode", PHU_BINH))
                .post("/accounts/appointments").then().statusCode(201)
                .body("role", equalTo("commune-officer")).body("communeCode", equalTo(PHU_BINH))
                .extract().path("id");
        // an appointed officer of another province is not this province admin's to make
        registry(provinceAdmin).body(Map.of("username", "x" + username, "firstName", "A", "lastName", "B",
                "role", "commune-officer", "communeCode", OTHER_COMMUNE)).post("/accounts/appointments")
                .then().statusCode(403);
        // before the appointee chose a password, it cannot sign in
        assertThat(keycloak.tokenRequest(LocalRealm.TEST_CLIENT, username, "anything").statusCode()).isNotEqualTo(200);
        String password = choosePassword(id);

        String token = keycloak.signIn(LocalRealm.TEST_CLIENT, username, password);
        assertThat(claims(token)).containsEntry("commune_code", PHU_BINH);
        assertThat(claims(token).get("groups")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("commune-officer");
        registry(token).get("/dossiers").then().statusCode(200);
        registry(provinceAdmin).get("/accounts?size=100").then().statusCode(200).body("items.username",
                hasItem(username));
        registry(signIn("commune-officer")).get("/accounts?role=province-admin").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());

        registry(provinceAdmin).post("/accounts/{id}/end-appointment", id).then().statusCode(200)
                .body("enabled", equalTo(false));
        HttpResponse<String> refused = keycloak.tokenRequest(LocalRealm.TEST_CLIENT, username, password);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_grant");
        registry(provinceAdmin).get("/audit-entries?entityType=account&entityId=" + id).then().statusCode(200)
                .body("items.action", hasItem("appointed")).body("items.action", hasItem("appointment-ended"));
    }

    @Test
    void shouldLinkAClaimingAccountToItsProducerOnceTheOfficerApproves() throws IOException {
        String dossier = openDossier(PHU_BINH);
        String producerId = RestAssured.given().baseUri(stack.registryUrl().toString()).auth()
                .oauth2(signIn("admin")).get("/dossiers/{id}", dossier).then().statusCode(200)
                .extract().path("producerId");
        String username = "hkd." + System.nanoTime() + "@ocop.test";
        String password = "Ocop-claim-" + System.nanoTime();
        selfRegister(username, password);
        String before = keycloak.signIn(LocalRealm.TEST_CLIENT, username, password);
        assertThat(claims(before)).doesNotContainKey("producer_id");
        registry(before).get("/dossiers/{id}", dossier).then().statusCode(403);   // no role in the programme yet

        String claim = registry(before).body(Map.of("producerRole", "OWNER", "taxCode", "4600123456"))
                .post("/producers/{id}/claims", producerId).then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
        registry(signIn("commune-officer")).post("/producer-claims/{id}/approve", claim).then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        String after = keycloak.signIn(LocalRealm.TEST_CLIENT, username, password);
        assertThat(claims(after)).containsEntry("producer_id", producerId);
        assertThat(claims(after).get("groups")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("producer");
        registry(after).get("/dossiers/{id}", dossier).then().statusCode(200);
        registry(after).get("/accounts").then().statusCode(200).body("items.username", hasItem(username));
    }

    @Test
    void shouldRefuseTokensForAnotherAudienceOrIssuer() throws IOException {
        String client = "other-app-" + System.nanoTime();
        keycloak.admin("POST", "/clients", """
                {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "defaultClientScopes": ["basic", "profile"]}""".formatted(client));
        LocalRealm.DemoUser admin = demo("admin");
        String otherAudience = keycloak.signIn(client, admin.username(), admin.password());
        assertThat(claims(otherAudience)).doesNotContainEntry("aud", "ocop-api");
        registry(otherAudience).get("/accounts").then().statusCode(401);
        traceability(otherAudience).get("/growing-areas?size=1").then().statusCode(401);

        // the locally minted demo tokens (another issuer, another key) no longer open anything
        String minted = stack.jwt().token("admin@ocop.local", Set.of("admin"), Map.of(), Duration.ofMinutes(5));
        registry(minted).get("/accounts").then().statusCode(401);

        registry(signIn("admin")).get("/accounts").then().statusCode(200);
    }

    @Test
    void shouldAcceptTokensSignedWithARotatedKeyWithoutRestart() throws IOException {
        String before = signIn("ministry");
        registry(before).get("/dossiers").then().statusCode(200);
        keycloak.rotateSigningKey();
        String after = signIn("ministry");
        assertThat(header(after).get("kid")).isNotEqualTo(header(before).get("kid"));
        registry(after).get("/dossiers").then().statusCode(200);
        traceability(after).get("/growing-areas?size=1").then().statusCode(200);
    }

    // --- helpers ---

    private static String openDossier(String commune) throws IOException {
        String admin = signIn("admin");
        String producer = registry(admin).body(TestData.aProducer().inCommune(commune).body).post("/producers")
                .then().statusCode(201).extract().path("id");
        String product = registry(admin).body(TestData.aProduct(producer).body).post("/products")
                .then().statusCode(201).extract().path("id");
        return registry(admin).body(Map.of("productId", product)).post("/dossiers").then().statusCode(201)
                .extract().path("id");
    }

    /** What the appointee does with the invitation (Keycloak's set-password step), done through the admin API. */
    private static String choosePassword(String userId) throws IOException {
        String password = "Ocop-new-" + System.nanoTime();
        keycloak.admin("PUT", "/users/" + userId + "/reset-password",
                "{\"type\": \"password\", \"value\": \"" + password + "\", \"temporary\": false}");
        var user = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(keycloak.admin("GET", "/users/" + userId, null));
        user.putArray("requiredActions");
        keycloak.admin("PUT", "/users/" + userId, user.toString());
        return password;
    }

    /** What Keycloak's registration page creates: an enabled account without any role of the programme. */
    private static void selfRegister(String username, String password) throws IOException {
        keycloak.admin("POST", "/users", """
                {"username": "%s", "email": "%s", "firstName": "Hộ", "lastName": "Kinh doanh", "enabled": true,
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                .formatted(username, username, password));
    }

    private static String signIn(String role) throws IOException {
        LocalRealm.DemoUser user = demo(role);
        return keycloak.signIn(LocalRealm.TEST_CLIENT, user.username(), user.password());
    }

    private static LocalRealm.DemoUser demo(String role) {
        return LocalRealm.DEMO_USERS.stream().filter(u -> u.role().equals(role)).findFirst().orElseThrow();
    }

    private static RequestSpecification registry(String token) {
        return RestAssured.given().baseUri(stack.registryUrl().toString()).auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification traceability(String token) {
        return RestAssured.given().baseUri(stack.traceabilityUrl().toString()).auth().oauth2(token)
                .accept(ContentType.JSON);
    }

    private static Map<String, Object> claims(String token) throws IOException {
        return part(token, 1);
    }

    private static Map<String, Object> header(String token) throws IOException {
        return part(token, 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(String token, int index) throws IOException {
        byte[] json = Base64.getUrlDecoder().decode(token.split("\\.")[index]);
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(new String(json, StandardCharsets.UTF_8),
                Map.class);
    }
}
