package vn.ocop.registry.dossier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.support.RegistryEvents;
import vn.ocop.registry.support.RegistryEvents.Seen;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;
import vn.ocop.registry.support.Workflow.Council;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.registry.support.Fixtures.PHU_BINH;
import static vn.ocop.registry.support.Fixtures.THAI_NGUYEN;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.Workflow.dossier;
import static vn.ocop.registry.support.Workflow.move;
import static vn.ocop.registry.support.Workflow.scoreRound;
import static vn.ocop.registry.support.Workflow.toCouncilReview;

/** The seed scenarios end to end through the API: draft → … → ranked, certificates and events. */
@QuarkusTest
class DossierWorkflowTest {

    @BeforeEach
    void criteriaSets() {
        Workflow.ensureCriteriaSet("HERBAL");
    }

    @Test
    void shouldRankCaoNguaBachHoanHoa3StarsWithACertificateAndPublishEachStep() {
        UUID producer = aProducer().named("Hộ kinh doanh Hoàng Văn Hoan").inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).named("Cao ngựa bạch Hoan Hoa").inGroup("HERBAL").create();
        try (RegistryEvents events = new RegistryEvents()) {
            UUID dossier = toCouncilReview(product, producer, PHU_BINH);
            JsonPath submitted = dossier(dossier);
            assertThat(submitted.getString("state")).isEqualTo("COUNCIL_REVIEW");
            assertThat(submitted.getString("kind")).isEqualTo("NEW");
            assertThat(submitted.getInt("criteriaVersion")).isPositive();
            assertThat(submitted.getInt("selfScore")).isEqualTo(60);

            Council council = Workflow.council(THAI_NGUYEN, 5);
            JsonPath round = scoreRound(dossier, council, Set.of(), 60, 62, 58, 61, 59);
            assertThat(round.getString("state")).isEqualTo("ACCEPTED");
            assertThat(round.getDouble("meanScore")).isEqualTo(60.0);
            assertThat(round.getInt("stars")).isEqualTo(3);
            assertThat(round.getList("seats.total", Integer.class)).containsExactlyInAnyOrder(60, 62, 58, 61, 59);

            JsonPath ranked = dossier(dossier);
            assertThat(ranked.getString("state")).isEqualTo("RANKED");
            assertThat(ranked.getInt("finalStars")).isEqualTo(3);
            assertThat(ranked.getDouble("finalScore")).isEqualTo(60.0);
            String certificate = ranked.getString("certificateId");
            given().get("/certificates/" + certificate).then().statusCode(200)
                    .body("stars", is(3)).body("status", equalTo("VALID"))
                    .body("number", matchesPattern("OCOP-19-\\d{4}-\\d{5}"))
                    .body("issuingAuthority", equalTo("Ủy ban nhân dân Tỉnh Thái Nguyên"))
                    .body("dossierId", equalTo(dossier.toString()));
            given().get("/products/" + product).then().body("stars", is(3));
            List<String> certificateAudit = given().auth().oauth2(Tokens.provinceAdmin(THAI_NGUYEN))
                    .queryParam("entityType", "certificate").queryParam("entityId", certificate)
                    .get("/audit-entries").then().statusCode(200).extract().path("items.action");
            assertThat(certificateAudit).containsExactly("issued");
            List<String> roundAudit = given().auth().oauth2(Tokens.admin()).queryParam("entityType", "scoring-round")
                    .queryParam("entityId", round.getString("id")).get("/audit-entries").then().extract()
                    .path("items.action");
            assertThat(roundAudit).containsExactly("opened", "scored", "scored", "scored", "scored", "scored",
                    "accepted");

            List<String> states = given().auth().oauth2(Tokens.producer(producer))
                    .get("/dossiers/" + dossier + "/history").then().statusCode(200).extract().path("to");
            assertThat(states).containsExactly("DRAFT", "SUBMITTED", "COMMUNE_REVIEW", "COUNCIL_REVIEW", "RANKED");
            List<String> actors = given().auth().oauth2(Tokens.admin()).get("/dossiers/" + dossier + "/history")
                    .then().extract().path("actor");
            assertThat(actors).startsWith("producer-" + producer, "producer-" + producer, "officer-" + PHU_BINH);

            await().atMost(Duration.ofSeconds(15)).until(() -> events.about(product, Duration.ofMillis(200))
                    .stream().anyMatch(s -> s.type().equals(EventTypes.DOSSIER_DECIDED)));
            assertThat(events.about(product, Duration.ZERO)).extracting(Seen::type).containsSubsequence(
                    EventTypes.DOSSIER_SUBMITTED, EventTypes.CERTIFICATE_ISSUED, EventTypes.DOSSIER_DECIDED);
            Seen decided = events.about(product, Duration.ZERO).stream()
                    .filter(s -> s.type().equals(EventTypes.DOSSIER_DECIDED)).findFirst().orElseThrow();
            assertThat(decided.event().at("/data/finalStars").asInt()).isEqualTo(3);
            assertThat(decided.event().at("/data/certificateId").asText()).isEqualTo(certificate);
        }
    }

    @Test
    void shouldRankCaoNguaBachTruongNguyen4Stars() {
        UUID producer = aProducer().named("Cơ sở sản xuất Trường Nguyên").inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).named("Cao ngựa bạch Trường Nguyên").inGroup("HERBAL").create();
        UUID dossier = toCouncilReview(product, producer, PHU_BINH);
        JsonPath round = scoreRound(dossier, Workflow.council(THAI_NGUYEN, 3), Set.of(), 75, 78, 80);
        assertThat(round.getDouble("meanScore")).isEqualTo(77.67);
        assertThat(round.getInt("stars")).isEqualTo(4);
        given().get("/products/" + product).then().body("stars", is(4))
                .body("certificate.number", matchesPattern("OCOP-19-\\d{4}-\\d{5}"));
    }

    @Test
    void shouldSendA90PointProductToTheMinistryAndGive5StarsOnlyThere() {
        UUID producer = aProducer().inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).named("Cao ngựa bạch thượng hạng").inGroup("HERBAL").create();
        UUID dossier = toCouncilReview(product, producer, PHU_BINH);

        JsonPath provincial = scoreRound(dossier, Workflow.council(THAI_NGUYEN, 3), Set.of(), 92, 93, 94);
        assertThat(provincial.getInt("stars")).isEqualTo(5);
        assertThat(provincial.getString("outcome")).contains("ministry");
        JsonPath atMinistry = dossier(dossier);
        assertThat(atMinistry.getString("state")).isEqualTo("MINISTRY_REVIEW");
        assertThat(atMinistry.getDouble("provincialScore")).isEqualTo(93.0);
        assertThat(atMinistry.getString("certificateId")).isNull();
        given().get("/products/" + product).then().body("stars", nullValue());

        // the province's council cannot score it again; the national council does
        Council provincialAgain = Workflow.council(THAI_NGUYEN, 3);
        Workflow.openRound(dossier, provincialAgain, provincialAgain.memberIds(), Tokens.admin()).statusCode(400)
                .body("errors[0].field", equalTo("councilId"));
        JsonPath national = scoreRound(dossier, Workflow.council(null, 3), Set.of(), 95, 95, 96);
        assertThat(national.getString("level")).isEqualTo("NATIONAL");
        assertThat(national.getInt("stars")).isEqualTo(5);
        JsonPath ranked = dossier(dossier);
        assertThat(ranked.getString("state")).isEqualTo("RANKED");
        assertThat(ranked.getInt("finalStars")).isEqualTo(5);
        given().get("/certificates/" + ranked.getString("certificateId")).then().body("stars", is(5))
                .body("issuingAuthority", equalTo("Bộ Nông nghiệp và Môi trường"));
    }

    @Test
    void shouldGiveTheNationalScoreWhenTheMinistryScoresBelow90() {
        UUID producer = aProducer().inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).inGroup("HERBAL").create();
        UUID dossier = toCouncilReview(product, producer, PHU_BINH);
        scoreRound(dossier, Workflow.council(THAI_NGUYEN, 2), Set.of(), 90, 91);
        JsonPath national = scoreRound(dossier, Workflow.council(null, 2), Set.of(), 86, 88);
        assertThat(national.getInt("stars")).isEqualTo(4);
        assertThat(dossier(dossier).getInt("finalStars")).isEqualTo(4);
    }

    @Test
    void shouldRankBelow3StarsWithoutACertificate() {
        UUID producer = aProducer().inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).inGroup("HERBAL").create();
        UUID dossier = toCouncilReview(product, producer, PHU_BINH);
        JsonPath round = scoreRound(dossier, Workflow.council(THAI_NGUYEN, 2), Set.of(), 40, 45);
        assertThat(round.getInt("stars")).isEqualTo(2);
        assertThat(round.getString("outcome")).contains("not certified");
        JsonPath ranked = dossier(dossier);
        assertThat(ranked.getString("state")).isEqualTo("RANKED");
        assertThat(ranked.getInt("finalStars")).isEqualTo(2);
        assertThat(ranked.getString("certificateId")).isNull();
        given().get("/products/" + product + "/certificates").then().body("size()", is(0));
    }

    @Test
    void shouldRenewAsAnUpgradeAndSupersedeTheOldCertificate() {
        UUID producer = aProducer().inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).inGroup("HERBAL").create();
        UUID first = toCouncilReview(product, producer, PHU_BINH);
        scoreRound(first, Workflow.council(THAI_NGUYEN, 2), Set.of(), 60, 62);
        String oldCertificate = dossier(first).getString("certificateId");

        UUID renewal = toCouncilReview(product, producer, PHU_BINH);
        assertThat(dossier(renewal).getString("kind")).isEqualTo("RENEWAL");
        scoreRound(renewal, Workflow.council(THAI_NGUYEN, 2), Set.of(), 75, 77);
        String newCertificate = dossier(renewal).getString("certificateId");
        given().get("/certificates/" + oldCertificate).then().body("supersededBy", equalTo(newCertificate));
        given().get("/products/" + product).then().body("stars", is(4))
                .body("certificate.id", equalTo(newCertificate));
    }

    @Test
    void shouldReturnADossierForCorrectionWithAReasonAndLetTheProducerResubmit() {
        UUID producer = aProducer().inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).inGroup("HERBAL").create();
        UUID dossier = Workflow.completeDraft(product, producer, 55);
        move(dossier, "SUBMITTED", null, Tokens.producer(producer)).statusCode(200);
        move(dossier, "DRAFT", null, Tokens.officer(PHU_BINH)).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        move(dossier, "DRAFT", "Thiếu giấy chứng nhận an toàn thực phẩm", Tokens.officer(PHU_BINH))
                .statusCode(200).body("state", equalTo("DRAFT"))
                .body("returnReason", equalTo("Thiếu giấy chứng nhận an toàn thực phẩm"));
        move(dossier, "SUBMITTED", null, Tokens.producer(producer)).statusCode(200)
                .body("returnReason", nullValue());
        List<String> reasons = given().auth().oauth2(Tokens.admin()).get("/dossiers/" + dossier + "/history")
                .then().extract().path("reason");
        assertThat(reasons).contains("Thiếu giấy chứng nhận an toàn thực phẩm");
    }

    @Test
    void shouldRefuseToSubmitAnIncompleteDossierAndToSkipStates() {
        UUID producer = aProducer().inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).inGroup("HERBAL").create();
        String token = Tokens.producer(producer);
        UUID dossier = UUID.fromString(Workflow.open(product, token).statusCode(201).extract().path("id"));
        move(dossier, "SUBMITTED", null, token).statusCode(400).body("type", endsWith("/incomplete-dossier"));
        move(dossier, "COUNCIL_REVIEW", null, Tokens.officer(PHU_BINH)).statusCode(409)
                .body("type", endsWith("/invalid-transition"));
        move(dossier, "RANKED", null, Tokens.admin()).statusCode(409);
        Workflow.open(product, token).statusCode(409).body("type", endsWith("/dossier-in-progress"));
    }
}
