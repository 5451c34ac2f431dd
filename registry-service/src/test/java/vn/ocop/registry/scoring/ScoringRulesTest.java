package vn.ocop.registry.scoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;
import vn.ocop.registry.support.Workflow.Council;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static vn.ocop.registry.support.Fixtures.PHU_BINH;
import static vn.ocop.registry.support.Fixtures.THAI_NGUYEN;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.Workflow.criteriaSetOf;
import static vn.ocop.registry.support.Workflow.dossier;
import static vn.ocop.registry.support.Workflow.openRound;
import static vn.ocop.registry.support.Workflow.score;
import static vn.ocop.registry.support.Workflow.scoreRound;
import static vn.ocop.registry.support.Workflow.selections;

/** Council rules through the API: spread, quorum, recusal, mandatory caps, band edges on real means. */
@QuarkusTest
class ScoringRulesTest {

    private UUID producer;
    private UUID dossier;

    @BeforeEach
    void dossierUnderCouncilReview() {
        Workflow.ensureCriteriaSet("FOOD");
        producer = aProducer().inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).inGroup("FOOD").create();
        dossier = Workflow.toCouncilReview(product, producer, PHU_BINH);
    }

    @Test
    void shouldRejectARoundWhoseTotalsDifferByMoreThan10PointsAndAcceptTheReScoring() {
        Council council = Workflow.council(THAI_NGUYEN, 2);
        JsonPath rejected = scoreRound(dossier, council, Set.of(), 71, 82);
        assertThat(rejected.getString("state")).isEqualTo("REJECTED");
        assertThat(rejected.getString("outcome")).contains("71").contains("82").contains("11");
        assertThat(rejected.getInt("roundNo")).isEqualTo(1);
        assertThat(dossier(dossier).getString("state")).isEqualTo("COUNCIL_REVIEW");

        JsonPath accepted = scoreRound(dossier, council, Set.of(), 72, 82);
        assertThat(accepted.getString("state")).isEqualTo("ACCEPTED");
        assertThat(accepted.getInt("roundNo")).isEqualTo(2);
        assertThat(accepted.getDouble("meanScore")).isEqualTo(77.0);
        assertThat(dossier(dossier).getInt("finalStars")).isEqualTo(4);
    }

    @Test
    void shouldRefuseARoundWithoutQuorumOrWithoutTheChair() {
        Council council = Workflow.council(THAI_NGUYEN, 4);
        String secretary = Tokens.councilSecretary(THAI_NGUYEN);
        openRound(dossier, council, council.members(0, 1), secretary).statusCode(400)
                .body("type", endsWith("/quorum-not-met")).body("detail", containsString("at least 3"));
        openRound(dossier, council, council.members(1, 2, 3), secretary).statusCode(400)
                .body("type", endsWith("/quorum-not-met")).body("detail", containsString("chair"));
        openRound(dossier, council, council.members(0, 1, 2), secretary).statusCode(201)
                .body("state", equalTo("OPEN"));
        openRound(dossier, council, council.members(0, 1, 2), secretary).statusCode(409)
                .body("type", endsWith("/round-open"));
    }

    @Test
    void shouldRecuseAMemberRelatedToTheProducerAndCountOnlyTheOthers() {
        Council council = Workflow.council(THAI_NGUYEN, 4);
        given().auth().oauth2(council.token(3)).contentType(ContentType.JSON)
                .body(Map.of("memberId", council.memberIds().get(3).toString(), "producerId", producer.toString(),
                        "reason", "Em ruột của chủ hộ"))
                .post("/councils/" + council.id() + "/conflicts").then().statusCode(200)
                .body("conflicts[0].reason", equalTo("Em ruột của chủ hộ"));

        UUID round = UUID.fromString(openRound(dossier, council, council.memberIds(),
                Tokens.councilSecretary(THAI_NGUYEN)).statusCode(201)
                .body("seats.find { it.memberId == '" + council.memberIds().get(3) + "' }.recused", is(true))
                .extract().path("id"));
        var set = criteriaSetOf(dossier);
        score(round, selections(set, 60, Set.of()), council.token(3)).statusCode(403)
                .body("type", endsWith("/recused"));
        score(round, selections(set, 60, Set.of()), council.token(0)).statusCode(200);
        score(round, selections(set, 60, Set.of()), council.token(0)).statusCode(409)
                .body("type", endsWith("/already-scored"));
        score(round, selections(set, 61, Set.of()), council.token(1)).statusCode(200);
        JsonPath closed = score(round, selections(set, 62, Set.of()), council.token(2)).statusCode(200)
                .extract().jsonPath();
        assertThat(closed.getString("state")).isEqualTo("ACCEPTED");
        assertThat(closed.getDouble("meanScore")).isEqualTo(61.0);

        // with a second related member only 2 of 4 can score: no quorum
        UUID other = aProduct(producer).inGroup("FOOD").create();
        UUID second = Workflow.toCouncilReview(other, producer, PHU_BINH);
        given().auth().oauth2(Tokens.councilSecretary(THAI_NGUYEN)).contentType(ContentType.JSON)
                .body(Map.of("memberId", council.memberIds().get(2).toString(), "producerId", producer.toString(),
                        "reason", "Góp vốn vào cơ sở"))
                .post("/councils/" + council.id() + "/conflicts").then().statusCode(200);
        openRound(second, council, council.memberIds(), Tokens.councilSecretary(THAI_NGUYEN)).statusCode(400)
                .body("type", endsWith("/quorum-not-met")).body("detail", containsString("2 recused"));
    }

    @Test
    void shouldCapA4StarScoreTo3StarsWhenAMandatoryCriterionFor4StarsIsFailed() {
        JsonPath round = scoreRound(dossier, Workflow.council(THAI_NGUYEN, 3), Set.of("C2.3"), 80, 81, 82);
        assertThat(round.getInt("bandStars")).isEqualTo(4);
        assertThat(round.getInt("stars")).isEqualTo(3);
        assertThat(round.getList("cappedBy", String.class)).containsExactly("C2.3");
        assertThat(dossier(dossier).getInt("finalStars")).isEqualTo(3);
    }

    @Test
    void shouldNotCapWhenOnlyAMinorityOfMembersFailsTheMandatoryCriterion() {
        Council council = Workflow.council(THAI_NGUYEN, 3);
        UUID round = UUID.fromString(openRound(dossier, council, council.memberIds(),
                Tokens.councilSecretary(THAI_NGUYEN)).statusCode(201).extract().path("id"));
        var set = criteriaSetOf(dossier);
        score(round, selections(set, 80, Set.of("C2.3")), council.token(0)).statusCode(200);
        score(round, selections(set, 80, Set.of()), council.token(1)).statusCode(200);
        score(round, selections(set, 80, Set.of()), council.token(2)).statusCode(200)
                .body("stars", is(4)).body("cappedBy", equalTo(List.of()));
    }

    @Test
    void shouldPlaceMeansJustBelowAndAtTheBandEdges() {
        // 3 members: 49 + 50 + 50 = 149 / 3 = 49.67 → 2★ (not certified)
        assertThat(scoreRound(dossier, Workflow.council(THAI_NGUYEN, 3), Set.of(), 49, 50, 50).getInt("stars"))
                .isEqualTo(2);
        UUID other = aProduct(producer).inGroup("FOOD").create();
        UUID atEdge = Workflow.toCouncilReview(other, producer, PHU_BINH);
        // 69 + 70 + 71 = 210 / 3 = 70.00 → 4★
        assertThat(scoreRound(atEdge, Workflow.council(THAI_NGUYEN, 3), Set.of(), 69, 70, 71).getInt("stars"))
                .isEqualTo(4);
    }

    @Test
    void shouldRefuseScoresThatMissACriterionOrNameAnUnknownOption() {
        Council council = Workflow.council(THAI_NGUYEN, 2);
        UUID round = UUID.fromString(openRound(dossier, council, council.memberIds(),
                Tokens.councilSecretary(THAI_NGUYEN)).statusCode(201).extract().path("id"));
        Map<String, String> picks = new java.util.HashMap<>(selections(criteriaSetOf(dossier), 60, Set.of()));
        String first = picks.keySet().iterator().next();
        picks.remove(first);
        picks.put("Z9.9", "a");
        score(round, picks, council.token(0)).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("selections." + first, "selections.Z9.9"));
        score(round, selections(criteriaSetOf(dossier), 60, Set.of()), Tokens.councilMember("stranger", THAI_NGUYEN))
                .statusCode(403);
    }
}
