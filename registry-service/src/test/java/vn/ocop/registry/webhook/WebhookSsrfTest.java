package vn.ocop.registry.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.registry.support.Tokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/**
 * Attack: an admin (or a stolen admin token) registers a partner whose webhook URL points at the cloud metadata
 * service, a private network or link-local address, and the registry POSTs signed events there (SSRF). Refused: the
 * host is resolved at registration and every address must be public, in IPv4 and IPv6 (IPv4-mapped included). The
 * test profile allows only loopback (its receivers), so these addresses are refused here exactly as in production;
 * the same check runs again before each delivery (see {@link OutboundAddressesTest}).
 */
@QuarkusTest
class WebhookSsrfTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/hooks",
            "http://192.168.1.1/hooks", "http://172.16.5.4:8443/hooks", "http://100.64.0.1/hooks",
            "http://0.0.0.0:8081/hooks", "http://224.0.0.1/hooks", "http://[fe80::1]/hooks", "http://[fd00::1]/hooks",
            "http://[::ffff:10.0.0.1]/hooks", "http://[::ffff:169.254.169.254]/hooks", "http://[::]/hooks",
            "https://user:pw@example.com/hooks", "http://no-such-host.invalid/hooks"})
    void shouldRefuseWebhookUrlsThatAreNotPublic(String url) {
        String name = "Sàn SSRF " + UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "contactEmail", "ssrf@ocop.test", "webhookUrl", url)).post("/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("webhookUrl"))
                .body("errors[0].message", not(emptyOrNullString()));
        List<String> names = given().auth().oauth2(Tokens.admin()).get("/partners").then().statusCode(200)
                .extract().path("name");
        assertThat(names).doesNotContain(name);
    }

    @org.junit.jupiter.api.Test
    void shouldStillAcceptTheLoopbackReceiversTheTestProfileAllows() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Sàn loopback " + UUID.randomUUID(), "contactEmail", "ok@ocop.test",
                        "webhookUrl", "http://127.0.0.1:9/hooks")).post("/partners")
                .then().statusCode(201);
    }
}
