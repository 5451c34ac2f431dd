package vn.ocop.registry.dossier;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;

import java.util.Arrays;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static vn.ocop.registry.support.Fixtures.PHU_BINH;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * Attack: a dossier took any number of attachments of up to 10 MiB each (storage exhaustion through one draft).
 * Refused: at most {@code ocop.dossiers.max-attachments} files (30) and {@code max-attachments-total-bytes} in all per
 * dossier (100 MiB; 12 MiB in the test profile), 413 problem+json stating the limit, nothing stored.
 */
@QuarkusTest
class AttachmentLimitsTest {

    private static UUID producer;

    @BeforeEach
    void producer() {
        if (producer == null) {
            Workflow.ensureCriteriaSet("FOOD");
            producer = aProducer().inCommune(PHU_BINH).create();
        }
    }

    @Test
    void shouldRefuseTheAttachmentOverTheCountLimit() {
        UUID dossier = draft();
        for (int i = 0; i < 30; i++) {
            Workflow.attach(dossier, "LABEL", Workflow.PDF, "application/pdf", Tokens.producer(producer))
                    .statusCode(201);
        }
        Workflow.attach(dossier, "LABEL", Workflow.PDF, "application/pdf", Tokens.producer(producer))
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://ocop.gov.vn/problems/attachment-limit"))
                .body("detail", containsString("at most 30"));
        given().auth().oauth2(Tokens.producer(producer)).get("/dossiers/" + dossier + "/attachments").then()
                .body("size()", is(30));
    }

    @Test
    void shouldRefuseTheAttachmentThatPassesTheTotalBytes() {
        UUID dossier = draft();
        byte[] fiveMiB = new byte[5 * 1024 * 1024];
        System.arraycopy(Workflow.PDF, 0, fiveMiB, 0, Workflow.PDF.length);
        Arrays.fill(fiveMiB, Workflow.PDF.length, fiveMiB.length, (byte) ' ');
        Workflow.attach(dossier, "BUSINESS_PLAN", fiveMiB, "application/pdf", Tokens.producer(producer))
                .statusCode(201);
        Workflow.attach(dossier, "PRODUCT_STANDARD", fiveMiB, "application/pdf", Tokens.producer(producer))
                .statusCode(201);
        Workflow.attach(dossier, "LABEL", fiveMiB, "application/pdf", Tokens.producer(producer))
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("12582912"));
        given().auth().oauth2(Tokens.producer(producer)).get("/dossiers/" + dossier + "/attachments").then()
                .body("size()", is(2));
    }

    private static UUID draft() {
        UUID product = aProduct(producer).create();
        return UUID.fromString(Workflow.open(product, Tokens.producer(producer)).statusCode(201).extract().path("id"));
    }
}
