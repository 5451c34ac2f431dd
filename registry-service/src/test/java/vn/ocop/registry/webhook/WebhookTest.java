package vn.ocop.registry.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.RegistryClock;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.webhook.WebhookReceiver.Received;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * Signed partner webhooks through the API: certificate events reach a real HTTP receiver in order, signed as Standard
 * Webhooks require, retried while it fails, only for the partner's provinces, and sent again on request.
 */
@QuarkusTest
class WebhookTest {

    // provinces no other test uses, one per test, so each sees only its own events
    private static final String TAY_NINH = "80";
    private static final String TAY_NINH_COMMUNE = "25459";
    private static final String DONG_THAP = "82";
    private static final String DONG_THAP_COMMUNE = "28249";
    private static final String VINH_LONG = "86";
    private static final String DONG_NAI = "75";
    private static final String DONG_NAI_COMMUNE = "25195";
    private static final String LAM_DONG = "68";
    private static final String LAM_DONG_COMMUNE = "22918";
    private static final String DAK_LAK = "66";
    private static final String DAK_LAK_COMMUNE = "22015";
    private static final String GIA_LAI = "52";
    private static final String GIA_LAI_COMMUNE = "21553";
    private static final Duration SOON = Duration.ofSeconds(5);

    @Test
    void shouldSendCertifiedThenRevokedInOrderWithAVerifiableSignature() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath partner = partner(List.of(TAY_NINH), receiver.url());
            String secret = partner.getString("webhookSecret");
            assertThat(secret).startsWith("whsec_");
            assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
            UUID product = aProduct(aProducer().inCommune(TAY_NINH_COMMUNE).create()).create();
            UUID certificate = aCertificate(product).stars(4).record();
            revoke(certificate, "Vi phạm an toàn thực phẩm");

            await().atMost(SOON).until(() -> receiver.requests().size() >= 2);
            List<Received> received = receiver.requests();
            assertThat(received).extracting(r -> r.json().getString("type"))
                    .containsExactly("product.certified", "certificate.revoked");
            for (Received r : received) {
                assertThat(r.contentType()).startsWith("application/json");
                assertThat(Long.parseLong(r.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
                        org.assertj.core.data.Offset.offset(60L));
                assertThat(verifies(secret, r.id(), r.timestamp(), r.body(), r.signature())).as("signature of %s", r.id())
                        .isTrue();
                assertThat(r.json().getString("data.productId")).isEqualTo(product.toString());
                assertThat(r.json().getString("data.certificateId")).isEqualTo(certificate.toString());
                assertThat(r.json().getInt("data.stars")).isEqualTo(4);
                assertThat(r.json().getString("timestamp")).isNotBlank();
            }
            Received revoked = received.get(1);
            assertThat(revoked.json().getString("data.status")).isEqualTo("REVOKED");
            assertThat(revoked.json().getString("data.reason")).isEqualTo("Vi phạm an toàn thực phẩm");
            assertThat(revoked.json().getString("data.revokedAt")).isNotBlank();
            assertThat(received.get(0).json().getString("data.validUntil")).isNotBlank();
            String tampered = revoked.body().replace("REVOKED", "VALID");
            assertThat(tampered).isNotEqualTo(revoked.body());
            assertThat(verifies(secret, revoked.id(), revoked.timestamp(), tampered, revoked.signature())).isFalse();
            assertThat(verifies(secret, revoked.id(), Long.toString(Long.parseLong(revoked.timestamp()) + 1),
                    revoked.body(), revoked.signature())).isFalse();

            JsonPath log = log(partner.getString("partner.id"), null);
            assertThat(log.getList("items.type", String.class))
                    .containsExactly("certificate.revoked", "product.certified");
            assertThat(log.getList("items.id", String.class))
                    .containsExactly(received.get(1).id(), received.get(0).id());
            assertThat(log.getList("items.state", String.class)).containsOnly("DELIVERED");
            assertThat(log.getList("items.attempts", Integer.class)).containsOnly(1);
            assertThat(log.getList("items.lastStatus", Integer.class)).containsOnly(200);
        }
    }

    @Test
    void shouldRetryWhileTheReceiverFailsAndDeliverExactlyOnceWhenItRecovers() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.failing(true);
            String partnerId = partner(List.of(DONG_THAP), receiver.url()).getString("partner.id");
            aCertificate(aProduct(aProducer().inCommune(DONG_THAP_COMMUNE).create()).create()).record();

            await().atMost(SOON).untilAsserted(() -> {
                JsonPath pending = log(partnerId, "PENDING");
                assertThat(pending.getInt("items[0].attempts")).isGreaterThan(1);
                assertThat(pending.getInt("items[0].lastStatus")).isEqualTo(503);
                assertThat(pending.getString("items[0].lastError")).contains("503");
                assertThat(pending.getString("items[0].nextAttemptAt")).isNotBlank();
            });
            receiver.failing(false);
            await().atMost(SOON).until(() -> log(partnerId, "DELIVERED").getInt("total") == 1);

            JsonPath delivered = log(partnerId, null);
            assertThat(delivered.getInt("total")).isEqualTo(1);
            int attempts = delivered.getInt("items[0].attempts");
            assertThat(attempts).isGreaterThan(2);
            assertThat(delivered.getString("items[0].deliveredAt")).isNotBlank();
            await().during(Duration.ofMillis(1500)).atMost(SOON)
                    .until(() -> receiver.delivered().size() == 1);
            assertThat(receiver.requests()).hasSize(attempts)
                    .extracting(Received::id).containsOnly(delivered.getString("items[0].id"));
        }
    }

    @Test
    void shouldGiveUpAfterTheRetryPeriodAndDeliverAFailedOneOnRequest() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.failing(true);
            String partnerId = partner(List.of(GIA_LAI), receiver.url()).getString("partner.id");
            aCertificate(aProduct(aProducer().inCommune(GIA_LAI_COMMUNE).create()).create()).record();
            await().atMost(SOON).until(() -> !receiver.requests().isEmpty());
            try {
                RegistryClock.move("PT25H"); // past ocop.webhooks.give-up-after (24 h) since the event
                await().atMost(SOON).until(() -> log(partnerId, "FAILED").getInt("total") == 1);
            } finally {
                RegistryClock.reset();
            }
            JsonPath failed = log(partnerId, null);
            assertThat(failed.getString("items[0].state")).isEqualTo("FAILED");
            assertThat(failed.getString("items[0].nextAttemptAt")).isNull();
            assertThat(failed.getInt("items[0].lastStatus")).isEqualTo(503);
            int attempts = failed.getInt("items[0].attempts");

            receiver.failing(false);
            given().auth().oauth2(Tokens.admin()).post(redeliver(partnerId, failed.getString("items[0].id"))).then()
                    .statusCode(200).body("state", equalTo("PENDING"));
            await().atMost(SOON).until(() -> receiver.delivered().size() == 1);
            await().atMost(SOON).untilAsserted(() -> assertThat(log(partnerId, "DELIVERED")
                    .getInt("items[0].attempts")).isEqualTo(attempts + 1));
        }
    }

    @Test
    void shouldSendNothingToAPartnerOfAnotherProvince() {
        try (WebhookReceiver elsewhere = WebhookReceiver.start(); WebhookReceiver local = WebhookReceiver.start()) {
            String otherId = partner(List.of(VINH_LONG), elsewhere.url()).getString("partner.id");
            partner(List.of(DONG_NAI), local.url());
            aCertificate(aProduct(aProducer().inCommune(DONG_NAI_COMMUNE).create()).create()).record();

            await().atMost(SOON).until(() -> local.delivered().size() == 1);
            assertThat(elsewhere.requests()).isEmpty();
            assertThat(log(otherId, null).getInt("total")).isZero();
        }
    }

    @Test
    void shouldRedeliverOnRequestSignedWithTheCurrentSecret() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String partnerId = partner(List.of(LAM_DONG), receiver.url()).getString("partner.id");
            UUID certificate = aCertificate(aProduct(aProducer().inCommune(LAM_DONG_COMMUNE).create()).create())
                    .record();
            await().atMost(SOON).until(() -> receiver.delivered().size() == 1);
            String deliveryId = receiver.requests().get(0).id();
            String rotated = given().auth().oauth2(Tokens.admin()).post("/partners/" + partnerId + "/webhook-secret")
                    .then().statusCode(200).body("partnerId", equalTo(partnerId)).extract().path("webhookSecret");

            given().auth().oauth2(Tokens.admin()).post(redeliver(partnerId, deliveryId)).then().statusCode(200)
                    .body("state", equalTo("PENDING")).body("attempts", equalTo(1));
            await().atMost(SOON).until(() -> receiver.delivered().size() == 2);
            Received again = receiver.requests().get(1);
            assertThat(again.id()).isEqualTo(deliveryId);
            assertThat(again.body()).isEqualTo(receiver.requests().get(0).body());
            assertThat(verifies(rotated, again.id(), again.timestamp(), again.body(), again.signature())).isTrue();
            await().atMost(SOON).untilAsserted(() -> assertThat(log(partnerId, "DELIVERED")
                    .getInt("items.find { it.id == '" + deliveryId + "' }.attempts")).isEqualTo(2));

            // a pending delivery is not queued twice
            receiver.failing(true);
            revoke(certificate, "Thu hồi thử");
            String pendingId = await().atMost(SOON).until(() -> log(partnerId, "PENDING").getString("items[0].id"),
                    id -> id != null);
            given().auth().oauth2(Tokens.admin()).post(redeliver(partnerId, pendingId)).then().statusCode(409)
                    .contentType("application/problem+json");
            given().auth().oauth2(Tokens.admin()).post(redeliver(partnerId, UUID.randomUUID().toString())).then()
                    .statusCode(404);
            receiver.failing(false);
        }
    }

    @Test
    void shouldKeepNoDeliveriesForAPartnerWithoutWebhookUrl() {
        try (WebhookReceiver control = WebhookReceiver.start()) {
            JsonPath silent = partner(List.of(DAK_LAK), null);
            assertThat(silent.getString("webhookSecret")).startsWith("whsec_");
            partner(List.of(DAK_LAK), control.url());
            aCertificate(aProduct(aProducer().inCommune(DAK_LAK_COMMUNE).create()).create()).record();

            await().atMost(SOON).until(() -> control.delivered().size() == 1);
            String silentId = silent.getString("partner.id");
            assertThat(log(silentId, null).getInt("total")).isZero();
            given().auth().oauth2(Tokens.role("province-admin")).get("/partners/" + silentId + "/webhook-deliveries")
                    .then().statusCode(403);
            given().get("/partners/" + silentId + "/webhook-deliveries").then().statusCode(401);
            given().auth().oauth2(Tokens.admin()).get("/partners/" + UUID.randomUUID() + "/webhook-deliveries")
                    .then().statusCode(404);
            given().auth().oauth2(Tokens.admin()).queryParam("state", "LOST")
                    .get("/partners/" + silentId + "/webhook-deliveries").then().statusCode(400);
        }
    }

    /** The receiver's check, written independently of the service's signer. */
    private static boolean verifies(String secret, String id, String timestamp, String body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            for (String signature : header.split(" ")) {
                if (signature.equals("v1," + expected)) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath partner(List<String> provinces, String webhookUrl) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Sàn webhook " + UUID.randomUUID(),
                "contactEmail", "hooks@ocop.test", "provinces", provinces));
        if (webhookUrl != null) {
            body.put("webhookUrl", webhookUrl);
        }
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).post("/partners")
                .then().statusCode(201).extract().jsonPath();
    }

    private static void revoke(UUID certificate, String reason) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/certificates/" + certificate + "/revoke").then().statusCode(200);
    }

    private static JsonPath log(String partnerId, String state) {
        var request = given().auth().oauth2(Tokens.admin());
        if (state != null) {
            request.queryParam("state", state);
        }
        return request.get("/partners/" + partnerId + "/webhook-deliveries").then().statusCode(200).extract()
                .jsonPath();
    }

    private static String redeliver(String partnerId, String deliveryId) {
        return "/partners/" + partnerId + "/webhook-deliveries/" + deliveryId + "/redeliver";
    }
}
