package vn.ocop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.systemtests.RegistryActions.recordCertificate;
import static vn.ocop.systemtests.RegistryActions.registerProducer;
import static vn.ocop.systemtests.RegistryActions.registerProduct;
import static vn.ocop.systemtests.SystemUnderTest.stack;
import static vn.ocop.systemtests.SystemUnderTest.trustStore;
import static vn.ocop.systemtests.TestData.aCertificate;
import static vn.ocop.systemtests.TestData.aFreshGtin;
import static vn.ocop.systemtests.TestData.aProduct;
import static vn.ocop.systemtests.TestData.aProducer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.HexFormat;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import vn.ocop.contract.Gtin;

/**
 * The resolver over HTTPS as {@code ./run-local.sh --tls} serves it (GS1: a resolver SHALL support HTTP over TLS):
 * the description file and a Digital Link resolved over TLS with HTTP/2, from the self-signed certificate whose
 * fingerprint the launcher prints, and Digital Links minted with {@code https://}.
 */
class ResolverOverTlsTest {

    @Test
    void shouldServeTheDescriptionFileAndResolveADigitalLinkOverHttps() throws Exception {
        URI https = stack().resolverTlsUrl();
        HttpClient client = HttpClient.newBuilder().sslContext(trusting()).version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> description = client.send(HttpRequest.newBuilder(https.resolve("/.well-known/gs1resolver"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(JsonPath.from(description.body()).getString("resolverRoot")).isEqualTo(https.toString());
        Certificate served = description.sslSession().orElseThrow().getPeerCertificates()[0];
        assertThat(HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(served.getEncoded())))
                .isEqualTo(stack().tls().sha256Fingerprint());

        String gtin = aFreshGtin();
        String productId = registerProduct(aProduct(registerProducer(aProducer().inCommune("05908"))).withGtin(gtin))
                .getString("id");
        recordCertificate(aCertificate(productId).withStars(4));
        String path = "/01/" + Gtin.toGtin14(gtin).orElseThrow();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> resolved = client.send(HttpRequest.newBuilder(https.resolve(path))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(resolved.statusCode()).isEqualTo(307);
            assertThat(resolved.headers().firstValue("Location")).contains(https + "/scan" + path);
            assertThat(resolved.headers().firstValue("Link").orElseThrow())
                    .contains("<" + https + path + "?linkType=linkset>");
        });
        HttpResponse<String> record = client.send(HttpRequest.newBuilder(https.resolve(path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(JsonPath.from(record.body()).getString("digitalLink")).isEqualTo(https + path);
    }

    private static SSLContext trusting() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
