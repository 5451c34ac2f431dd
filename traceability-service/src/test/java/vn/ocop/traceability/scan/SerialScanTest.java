package vn.ocop.traceability.scan;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.traceability.support.FakeSerialVerifier;
import vn.ocop.traceability.support.Scans.Item;
import vn.ocop.traceability.support.SerialVerifierProfile;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.traceability.support.Scans.BROWSER_ACCEPT;
import static vn.ocop.traceability.support.Scans.aCertifiedProductWithLot;

/**
 * Scans of serialized units with a serial verifier deployed: the verdict is shown in clear words, a code that was
 * never issued is a 404, and the verifier is asked once per page or JSON answer, never for redirects, HEAD, OPTIONS
 * or linksets.
 */
@QuarkusTest
@TestProfile(SerialVerifierProfile.class)
class SerialScanTest {

    @Test
    void shouldTellTheShopperWhatTheVerifierConcluded() {
        Item item = aCertifiedProductWithLot("Cao ngựa bạch Hoan Hoa", "SV-" + shortId());
        String lotPath = "/scan" + item.productPath() + "/10/" + item.lot().lotCode;

        assertThat(page(lotPath + "/21/OK-" + shortId(), null, 200)).contains("Mã chính hãng");
        assertThat(page(lotPath + "/21/MANY-" + shortId(), null, 200)).contains("đã được quét 57 lần");
        assertThat(page(lotPath + "/21/FAR-" + shortId(), null, 200)).contains("cách xa nhau bất thường");
        assertThat(page(lotPath + "/21/FAKE-" + shortId(), null, 404))
                .contains("KHÔNG PHẢI MÃ ĐÃ PHÁT HÀNH", "Cao ngựa bạch Hoan Hoa");
        assertThat(page(lotPath + "/21/FAKE-" + shortId(), "en", 404)).contains("NOT AN ISSUED CODE");
        assertThat(page(lotPath + "/21/OK-" + shortId(), "en", 200)).contains("Genuine code");
    }

    @Test
    void shouldAnswerAppsWithTheVerdictAndNotFoundForACodeNeverIssued() {
        Item item = aCertifiedProductWithLot("Chè Tân Cương", "SJ-" + shortId());
        String serial = "OK-" + shortId();

        given().accept(ContentType.JSON).when().get(item.productPath() + "/10/" + item.lot().lotCode + "/21/" + serial)
                .then().statusCode(200)
                .body("serial.serial", equalTo(serial))
                .body("serial.verdict", equalTo("AUTHENTIC"))
                .body("lot.lotCode", equalTo(item.lot().lotCode));
        given().accept(ContentType.JSON).when().get(item.productPath() + "/21/FAKE-" + shortId())
                .then().statusCode(404).contentType("application/problem+json");
        given().accept(ContentType.JSON).when().get("/scan" + item.productPath() + "/21/FAKE-" + shortId())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAskTheVerifierOncePerConsumerAnswerOnly() {
        Item item = aCertifiedProductWithLot("Mật ong bạc hà", "SC-" + shortId());
        String serial = "OK-" + shortId();
        String uri = item.productPath() + "/10/" + item.lot().lotCode + "/21/" + serial;

        given().redirects().follow(false).accept(BROWSER_ACCEPT).get(uri).then().statusCode(307);
        given().redirects().follow(false).queryParam("linkType", "linkset").get(uri).then().statusCode(200);
        given().redirects().follow(false).queryParam("linkType", "gs1:pip").get(uri).then().statusCode(307);
        given().redirects().follow(false).accept(BROWSER_ACCEPT).head(uri).then().statusCode(307);
        given().redirects().follow(false).options(uri).then().statusCode(204);
        given().accept(BROWSER_ACCEPT).head("/scan" + uri).then().statusCode(200);
        assertThat(FakeSerialVerifier.calls(serial)).isZero();

        given().accept(BROWSER_ACCEPT).get("/scan" + uri).then().statusCode(200);
        assertThat(FakeSerialVerifier.calls(serial)).isEqualTo(1);
        given().accept(ContentType.JSON).get(uri).then().statusCode(200);
        assertThat(FakeSerialVerifier.calls(serial)).isEqualTo(2);
    }

    private static String page(String path, String language, int status) {
        var request = given().accept(BROWSER_ACCEPT);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.get(path).then().statusCode(status).contentType(ContentType.HTML).extract().asString();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
