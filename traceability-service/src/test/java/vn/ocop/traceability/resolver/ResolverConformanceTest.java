package vn.ocop.traceability.resolver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.ResolverTestResource.BASE_URL;
import static vn.ocop.traceability.support.Scans.BROWSER_ACCEPT;
import static vn.ocop.traceability.support.Scans.aCertifiedProductWithLot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.ocop.contract.DigitalLinkCompression;
import vn.ocop.traceability.support.Scans.Item;

/**
 * The resolver's answers to GS1-Conformant Resolver Standard 1.2 statements beyond the basic ones, for a product, a
 * lot and a serial URI each: walk-up from a lot that was never opened, the choice among several links of one type by
 * Accept and Accept-Language, compressed Digital Links resolved like uncompressed ones, and no Link header pointing
 * to a linkset that itself fails.
 */
@QuarkusTest
class ResolverConformanceTest {

    private static final String LINKSET = "rel=\"linkset\"";
    private static final String CERTIFICATE_JSON = "/certificates/[0-9a-f-]+(\\?.*)?";
    private static final String CERTIFICATE_PDF = "/certificates/[0-9a-f-]+/pdf(\\?.*)?";

    /** The product, lot and serial URIs (paths) of one certified product. */
    private record Uris(Item item, String product, String lot, String serial) {
        List<String> all() {
            return List.of(product, lot, serial);
        }
    }

    private static Uris aProductLotAndSerial(String name) {
        Item item = aCertifiedProductWithLot(name, "WU-" + shortId());
        String lot = item.productPath() + "/10/" + item.lot().lotCode;
        return new Uris(item, item.productPath(), lot, lot + "/21/S" + shortId());
    }

    // --- walk-up ------------------------------------------------------------------------------------------------

    @Test
    void shouldWalkUpFromALotThatWasNeverOpenedToTheGtinSayingSo() {
        Uris uris = aProductLotAndSerial("Trà hoa vàng Ba Chẽ");
        String unknownLot = uris.product() + "/10/NEVER-" + shortId();
        String serialOfUnknownLot = unknownLot + "/21/S1";

        Response redirect = noRedirects().accept(BROWSER_ACCEPT).queryParam("utm", "x").get(unknownLot);
        assertThat(redirect.statusCode()).isEqualTo(307);
        assertThat(redirect.header("Location")).isEqualTo(BASE_URL + "/scan" + uris.product() + "?utm=x");
        assertThat(redirect.header("Walked-Up-To")).isEqualTo(BASE_URL + uris.product());
        assertThat(redirect.header("Link")).contains("<" + BASE_URL + unknownLot + "?linkType=linkset>; " + LINKSET);

        Response serial = noRedirects().accept(BROWSER_ACCEPT).get(serialOfUnknownLot);
        assertThat(serial.statusCode()).isEqualTo(307);
        assertThat(serial.header("Location")).isEqualTo(BASE_URL + "/scan" + uris.product() + "/21/S1");
        assertThat(serial.header("Walked-Up-To")).isEqualTo(BASE_URL + uris.product() + "/21/S1");

        // the linkset the Link header points to answers, with the walked-up levels
        Response linkset = noRedirects().queryParam("linkType", "linkset").get(unknownLot);
        assertThat(linkset.statusCode()).isEqualTo(200);
        assertThat(linkset.header("Walked-Up-To")).isEqualTo(BASE_URL + uris.product());
        assertThat(linkset.jsonPath().getList("linkset.anchor")).containsExactly(BASE_URL + uris.product());

        Response record = noRedirects().accept("application/json").get(unknownLot);
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.jsonPath().getString("gtin")).isEqualTo(uris.item().gtin14());
        assertThat(record.jsonPath().getString("lot")).isNull();
        assertThat(record.header("Walked-Up-To")).isEqualTo(BASE_URL + uris.product());

        assertThat(noRedirects().queryParam("linkType", "gs1:certificationInfo").accept("application/pdf")
                .get(serialOfUnknownLot).header("Location")).matches(".*" + CERTIFICATE_PDF);
    }

    @Test
    void shouldNotWalkUpFromKnownItemsAndKeepTheLinksOfAnySerialForItsVerification() {
        Uris uris = aProductLotAndSerial("Miến dong Bình Liêu");

        for (String path : uris.all()) {
            Response redirect = noRedirects().accept(BROWSER_ACCEPT).get(path);
            assertThat(redirect.statusCode()).as(path).isEqualTo(307);
            assertThat(redirect.header("Location")).isEqualTo(BASE_URL + "/scan" + path);
            assertThat(redirect.header("Walked-Up-To")).as(path).isNull();
        }
        // a serial never issued keeps its links: the scan page (the counterfeit warning) and the verification service
        Response linkset = noRedirects().queryParam("linkType", "linkset").get(uris.serial());
        assertThat(linkset.statusCode()).isEqualTo(200);
        assertThat(linkset.jsonPath().getList("linkset.anchor")).containsExactly(BASE_URL + uris.serial(),
                BASE_URL + uris.lot(), BASE_URL + uris.product());
        assertThat(linkset.jsonPath().getString("linkset[0].'https://gs1.org/voc/verificationService'[0].href"))
                .isEqualTo(BASE_URL + "/scan" + uris.serial());
    }

    // --- content negotiation among several links of one type ---------------------------------------------------

    @Test
    void shouldChooseAmongTheCertificateLinksByAcceptAndAcceptLanguage() {
        Uris uris = aProductLotAndSerial("Cao ngựa bạch Hoan Hoa");
        // the certificate: a PDF in Vietnamese, then its JSON data (no language); the first is the fallback
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("application/json|vi", CERTIFICATE_JSON);
        expected.put("application/json|en", CERTIFICATE_JSON);
        expected.put("application/pdf|vi", CERTIFICATE_PDF);
        expected.put("application/pdf|en", CERTIFICATE_PDF);
        expected.put("*/*|vi", CERTIFICATE_PDF);
        expected.put("*/*|en", CERTIFICATE_JSON);
        expected.put("text/html|vi", CERTIFICATE_PDF);
        expected.put("text/html|en", CERTIFICATE_PDF);
        expected.put(BROWSER_ACCEPT + "|vi", CERTIFICATE_PDF);
        expected.put(BROWSER_ACCEPT + "|en-US,en;q=0.9", CERTIFICATE_JSON);
        expected.put("application/pdf;q=0.5, application/json|vi", CERTIFICATE_JSON);
        expected.put("application/json;q=0.2, application/pdf;q=0.9|en", CERTIFICATE_PDF);

        for (String path : uris.all()) {
            expected.forEach((pair, target) -> {
                String[] headers = pair.split("\\|");
                Response response = noRedirects().queryParam("linkType", "gs1:certificationInfo")
                        .header("Accept", headers[0]).header("Accept-Language", headers[1]).get(path);
                assertThat(response.statusCode()).as("%s %s", path, pair).isEqualTo(307);
                assertThat(response.header("Location")).as("%s %s", path, pair).matches(".*" + target);
                assertThat(response.header("Vary")).isEqualTo("Accept, Accept-Language");
            });
        }
        // without preferences, the first link
        assertThat(noRedirects().queryParam("linkType", "gs1:certificationInfo").get(uris.lot()).header("Location"))
                .matches(".*" + CERTIFICATE_PDF);
        // the default redirect does not depend on the language
        assertThat(noRedirects().accept(BROWSER_ACCEPT).get(uris.product()).header("Vary")).isEqualTo("Accept");
    }

    // --- compressed Digital Links -------------------------------------------------------------------------------

    @Test
    void shouldResolveCompressedDigitalLinksExactlyLikeUncompressedOnes() {
        Uris uris = aProductLotAndSerial("Chè Tân Cương");
        Item item = uris.item();
        String serial = uris.serial().substring(uris.serial().lastIndexOf('/') + 1);
        Map<String, String> compressedOf = Map.of(
                uris.product(), "/" + DigitalLinkCompression.compress(item.gtin14(), null, null),
                uris.lot(), "/" + DigitalLinkCompression.compress(item.gtin14(), item.lot().lotCode, null),
                uris.serial(), "/" + DigitalLinkCompression.compress(item.gtin14(), item.lot().lotCode, serial));

        compressedOf.forEach((path, compressed) -> {
            String sameAs = "<" + BASE_URL + path + ">; rel=\"owl:sameAs\"";
            for (RequestSpecificationFactory request : List.<RequestSpecificationFactory>of(
                    () -> noRedirects().accept(BROWSER_ACCEPT),
                    () -> noRedirects().queryParam("linkType", "gs1:certificationInfo").accept("application/json"),
                    () -> noRedirects().queryParam("linkType", "gs1:pip"))) {
                Response plain = request.get().get(path);
                Response short_ = request.get().get(compressed);
                assertThat(short_.statusCode()).as(compressed).isEqualTo(plain.statusCode()).isEqualTo(307);
                assertThat(short_.header("Location")).as(compressed).isEqualTo(plain.header("Location"));
                assertThat(short_.header("Link")).as(compressed).contains(sameAs,
                        "<" + BASE_URL + path + "?linkType=linkset>; " + LINKSET);
            }
            Response linkset = noRedirects().queryParam("linkType", "linkset").get(compressed);
            assertThat(linkset.statusCode()).isEqualTo(200);
            assertThat(linkset.jsonPath().getString("linkset[0].anchor")).isEqualTo(BASE_URL + path);
            // JSON: the same record (a serial never issued: the same 404, whose linkset answers, so it keeps its Link)
            Response record = noRedirects().accept("application/json").get(compressed);
            assertThat(record.statusCode()).as(compressed)
                    .isEqualTo(noRedirects().accept("application/json").get(path).statusCode());
            assertThat(record.jsonPath().getString(record.statusCode() == 200 ? "gtin" : "status"))
                    .isEqualTo(record.statusCode() == 200 ? item.gtin14() : "404");
            assertThat(record.header("Link")).contains(sameAs);
            assertThat(noRedirects().header("Origin", "https://app.example").options(compressed).statusCode())
                    .isEqualTo(204);
        });

        // the GS1 example form of a product URI, and other AIs it carries passed on as query parameters
        String withExpiry = "/" + DigitalLinkCompression.compress(
                Map.of("01", item.gtin14(), "10", item.lot().lotCode, "17", "281231"), Map.of());
        assertThat(noRedirects().accept(BROWSER_ACCEPT).queryParam("utm", "qr").get(withExpiry).header("Location"))
                .isEqualTo(BASE_URL + "/scan" + uris.lot() + "?17=281231&utm=qr");
    }

    @FunctionalInterface
    private interface RequestSpecificationFactory {
        RequestSpecification get();
    }

    // --- no Link header to a linkset that fails -------------------------------------------------------------------

    @Test
    void shouldNotPointErrorsAtALinksetThatItselfFails() {
        Uris uris = aProductLotAndSerial("Nước mắm Cát Hải");
        String unknownGtin = "/01/" + vn.ocop.traceability.support.TestData.aGtin13();

        for (String path : List.of("/01/12345", uris.product() + "/21/S1/10/L1", uris.lot() + "/10/L2",
                "/ARBArwCMHB", "/ZZZZZZZZZZZZ", unknownGtin, unknownGtin + "/10/L1", unknownGtin + "/10/L1/21/S1")) {
            for (String accept : List.of("application/json", BROWSER_ACCEPT)) {
                Response response = noRedirects().accept(accept).get(path);
                assertThat(response.statusCode()).as("%s %s", path, accept).isIn(400, 404);
                assertThat(response.header("Link")).as("Link of %s", path).isNull();
            }
        }
        // a 404 for a link type the item lacks keeps the Link: that linkset answers
        for (String path : uris.all()) {
            Response missing = noRedirects().queryParam("linkType", "gs1:recipeInfo").get(path);
            assertThat(missing.statusCode()).isEqualTo(404);
            String linksetUrl = missing.header("Link").replaceAll("^<([^>]+)>.*", "$1");
            assertThat(given().redirects().follow(false).urlEncodingEnabled(false)
                    .get(linksetUrl.substring(BASE_URL.length())).statusCode()).isEqualTo(200);
        }
    }

    private static RequestSpecification noRedirects() {
        return given().redirects().follow(false);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
