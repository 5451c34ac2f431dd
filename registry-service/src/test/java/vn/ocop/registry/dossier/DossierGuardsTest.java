package vn.ocop.registry.dossier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static vn.ocop.registry.support.Fixtures.PHU_BINH;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.Workflow.attach;
import static vn.ocop.registry.support.Workflow.move;
import static vn.ocop.registry.support.Workflow.version;

/** Attachments, optimistic locking, scope on reads and writes, and the audit trail. */
@QuarkusTest
class DossierGuardsTest {

    private static final String OTHER_COMMUNE = "01843";

    private UUID producer;
    private UUID dossier;

    @BeforeEach
    void draft() {
        Workflow.ensureCriteriaSet("FOOD");
        producer = aProducer().inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).inGroup("FOOD").create();
        dossier = UUID.fromString(Workflow.open(product, Tokens.producer(producer)).statusCode(201)
                .extract().path("id"));
    }

    @Test
    void shouldStoreAPdfWithItsChecksumAndServeItBackIntact() throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Workflow.PDF));
        long before = version(dossier);
        String location = attach(dossier, "BUSINESS_LICENCE", Workflow.PDF, "application/octet-stream",
                Tokens.producer(producer)).statusCode(201)
                .body("mediaType", equalTo("application/pdf")).body("sha256", equalTo(sha))
                .body("sizeBytes", is(Workflow.PDF.length)).extract().header("Location");
        assertThat(version(dossier)).isEqualTo(before + 1);
        Response download = given().auth().oauth2(Tokens.officer(PHU_BINH)).get(location);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.asByteArray()).isEqualTo(Workflow.PDF);
        assertThat(download.header("Repr-Digest")).isEqualTo("sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":");
        given().auth().oauth2(Tokens.producer(aProducer().create())).get(location).then().statusCode(404);
    }

    @Test
    void shouldRefuseAFileThatIsNotAPdfJpegOrPngWhateverItsNameAndStoreNothing() {
        byte[] exe = "MZ\u0090\u0000fake executable named label.pdf".getBytes();
        long before = version(dossier);
        attach(dossier, "LABEL", exe, "application/pdf", Tokens.producer(producer)).statusCode(415)
                .contentType("application/problem+json").body("type", endsWith("/unsupported-media-type"))
                .body("errors[0].field", equalTo("body"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        attach(dossier, "LABEL", png, "application/pdf", Tokens.producer(producer)).statusCode(415)
                .body("errors[0].field", equalTo("Content-Type"));
        attach(dossier, "LABEL", png, "image/png", Tokens.producer(producer)).statusCode(201)
                .body("mediaType", equalTo("image/png"));
        assertThat(version(dossier)).isEqualTo(before + 1);
        assertThat(given().auth().oauth2(Tokens.producer(producer)).get("/dossiers/" + dossier + "/attachments")
                .then().statusCode(200).extract().<List<String>>path("kind")).containsExactly("LABEL");
    }

    @Test
    void shouldRefuseAnAttachmentOverTheLimitAndStoreNothing() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Workflow.PDF, 0, big, 0, Workflow.PDF.length);
        Arrays.fill(big, Workflow.PDF.length, big.length, (byte) ' ');
        attach(dossier, "BUSINESS_PLAN", big, "application/pdf", Tokens.producer(producer)).statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().auth().oauth2(Tokens.producer(producer)).get("/dossiers/" + dossier + "/attachments").then()
                .body("size()", is(0));
    }

    @Test
    void shouldLetExactlyOneOfTwoConcurrentIdenticalTransitionsSucceed() throws Exception {
        UUID submitted = Workflow.completeDraft(aProduct(producer).inGroup("FOOD").create(), producer, 60);
        move(submitted, "SUBMITTED", null, Tokens.producer(producer)).statusCode(200);
        long version = version(submitted);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> calls = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return given().auth().oauth2(Tokens.officer(PHU_BINH)).contentType(ContentType.JSON)
                    .body(Map.of("to", "COMMUNE_REVIEW", "version", version))
                    .post("/dossiers/" + submitted + "/transitions").statusCode();
        })).toList();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        List<String> states = given().auth().oauth2(Tokens.admin()).get("/dossiers/" + submitted + "/history")
                .then().extract().path("to");
        assertThat(states).containsExactly("DRAFT", "SUBMITTED", "COMMUNE_REVIEW");
    }

    @Test
    void shouldRefuseAChangeMadeOnAStaleVersion() {
        long stale = version(dossier);
        attach(dossier, "LABEL", Workflow.PDF, "application/pdf", Tokens.producer(producer)).statusCode(201);
        given().auth().oauth2(Tokens.producer(producer)).contentType(ContentType.JSON)
                .body(Map.of("version", stale, "selections", Map.of()))
                .put("/dossiers/" + dossier + "/self-assessment").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/stale-version"))
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void shouldHideADossierFromAnotherProducerAndAnotherCommuneOfficer() {
        String otherProducer = Tokens.producer(aProducer().inCommune(PHU_BINH).create());
        given().auth().oauth2(otherProducer).get("/dossiers/" + dossier).then().statusCode(404);
        assertThat(given().auth().oauth2(otherProducer).get("/dossiers").then().statusCode(200).extract()
                .<List<String>>path("items.id")).doesNotContain(dossier.toString());
        attach(dossier, "LABEL", Workflow.PDF, "application/pdf", otherProducer).statusCode(404);
        given().auth().oauth2(Tokens.officer(OTHER_COMMUNE)).get("/dossiers/" + dossier).then().statusCode(404);
        move(dossier, "SUBMITTED", null, Tokens.officer(OTHER_COMMUNE)).statusCode(404);
        assertThat(given().auth().oauth2(Tokens.officer(PHU_BINH)).queryParam("size", 100).get("/dossiers").then()
                .extract().<List<String>>path("items.id")).contains(dossier.toString());
        // a council member does not see drafts
        given().auth().oauth2(Tokens.councilMember("m@ocop.test", "19")).get("/dossiers/" + dossier).then()
                .statusCode(404);
    }

    @Test
    void shouldKeepAnAppendOnlyAuditTrailReadableByTheProvinceOnly() {
        Workflow.selfAssess(dossier, Map.of(), Tokens.producer(producer)).statusCode(200);
        List<String> actions = given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("entityType", "dossier")
                .queryParam("entityId", dossier.toString()).get("/audit-entries").then().statusCode(200)
                .extract().path("items.action");
        assertThat(actions).containsExactly("opened", "self-assessed");
        given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("entityId", dossier.toString())
                .get("/audit-entries").then().body("items[1].actor", equalTo("producer-" + producer))
                .body("items[1].before.version", is(0)).body("items[1].after.selfScore", is(0));
        given().auth().oauth2(Tokens.provinceAdmin("01")).queryParam("entityId", dossier.toString())
                .get("/audit-entries").then().statusCode(200).body("total", is(0));
        given().auth().oauth2(Tokens.producer(producer)).get("/audit-entries").then().statusCode(403);
        given().get("/audit-entries").then().statusCode(401);
    }
}
