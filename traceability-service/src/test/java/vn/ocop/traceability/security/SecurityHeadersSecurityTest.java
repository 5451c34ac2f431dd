package vn.ocop.traceability.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ocop.traceability.support.Scans;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, finding 10 (traceability part): no {@code X-Content-Type-Options}, {@code Referrer-Policy} or
 * Content-Security-Policy. Every response carries the first two; HTML pages a CSP allowing only what they use.
 */
@QuarkusTest
class SecurityHeadersSecurityTest {

    @Test
    void shouldSendNosniffAndReferrerPolicyOnJsonProblemAndRedirectResponses() {
        for (Response response : new Response[] {
                given().accept(ContentType.JSON).get("/lots/{id}", UUID.randomUUID()),
                given().get("/.well-known/gs1resolver"),
                given().redirects().follow(false).get("/01/08935000000014")}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void shouldServeTheScanPageUnderAPolicyAllowingOnlyItsOwnStylesheet() {
        Scans.Item item = Scans.aCertifiedProduct("Cao ngựa bạch Trường Nguyên");
        Response page = given().accept(Scans.BROWSER_ACCEPT).get("/scan/01/" + item.gtin14());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("/assets/scan.css").doesNotContain("<script").doesNotContain("style=\"");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'").contains("style-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("script-src");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void shouldAllowTheErrorPagesInlineStyleByItsHashOnly() throws Exception {
        Response page = given().accept(Scans.BROWSER_ACCEPT).get("/scan/01/08935000000014/10/NO-SUCH-LOT");

        assertThat(page.contentType()).startsWith("text/html");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page.asString());
        assertThat(style.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(page.header("Content-Security-Policy")).contains("'sha256-" + hash + "'");
    }
}
