package vn.ocop.registry.scoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;
import vn.ocop.registry.support.Workflow.Council;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.registry.support.Fixtures.PHU_BINH;
import static vn.ocop.registry.support.Fixtures.THAI_NGUYEN;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * Attack: the producer read its scoring round and saw each council member's name beside that member's total.
 * Refused: individual scores and members' names are shown to the council staff of the province, its province admin,
 * ministry and admin; the producer (and its commune officer) see the round's result and the per-criterion means.
 */
@QuarkusTest
class CouncilScorePrivacyTest {

    private static UUID producer;
    private static UUID dossier;

    @BeforeEach
    void closedRound() {
        if (dossier != null) {
            return;
        }
        Workflow.ensureCriteriaSet("FOOD");
        producer = aProducer().inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).create();
        dossier = Workflow.toCouncilReview(product, producer, PHU_BINH);
        Council council = Workflow.council(THAI_NGUYEN, 3);
        Workflow.scoreRound(dossier, council, Set.of(), 60, 64, 58);
    }

    @Test
    void shouldShowTheProducerOnlyTheResultAndPerCriterionMeans() {
        for (String token : new String[] {Tokens.producer(producer), Tokens.officer(PHU_BINH)}) {
            JsonPath round = round(token);
            assertThat(round.getString("state")).isEqualTo("ACCEPTED");
            assertThat(round.getDouble("meanScore")).isEqualTo(60.67);
            assertThat(round.getInt("stars")).isEqualTo(3);
            assertThat(round.getList("seats.total")).containsOnlyNulls();
            assertThat(round.getList("seats.fullName")).containsOnlyNulls();
            assertThat(round.getList("seats.parts")).containsOnlyNulls();
            assertThat(round.getString("openedBy")).isNull();
            Map<String, Object> means = round.getMap("criterionMeans");
            assertThat(means).isNotEmpty();
            assertThat(means.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).sum()).isCloseTo(60.67,
                    org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void shouldShowIndividualScoresToCouncilStaffAndAuthorities() {
        for (String token : new String[] {Tokens.councilSecretary(THAI_NGUYEN), Tokens.provinceAdmin(THAI_NGUYEN),
                Tokens.ministry(), Tokens.admin()}) {
            JsonPath round = round(token);
            assertThat(round.getList("seats.total", Integer.class)).containsExactlyInAnyOrder(60, 64, 58);
            assertThat(round.getList("seats.fullName", String.class)).allMatch(n -> n.startsWith("Thành viên"));
            assertThat(round.getMap("criterionMeans")).isNotEmpty();
        }
    }

    private static JsonPath round(String token) {
        return given().auth().oauth2(token).queryParam("dossierId", dossier.toString()).get("/scoring-rounds")
                .then().statusCode(200).extract().jsonPath().setRootPath("[0]");
    }
}
