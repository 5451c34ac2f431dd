package vn.ocop.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.Gtin;
import vn.ocop.localstack.DemoData;
import vn.ocop.localstack.DemoTokens;
import vn.ocop.localstack.DemoWorkflow;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.systemtests.SystemUnderTest.adminToken;
import static vn.ocop.systemtests.SystemUnderTest.registry;
import static vn.ocop.systemtests.SystemUnderTest.stack;
import static vn.ocop.systemtests.SystemUnderTest.traceability;

/** The Phú Bình demo data that ./run-local.sh loads: loaded once, searchable without diacritics, scannable. */
class DemoDataTest {

    private static DemoData.Summary secondLoad;
    private static DemoWorkflow.Summary workflow;
    private static DemoWorkflow.Summary secondWorkflow;

    @BeforeAll
    static void theLauncherLoadsTheDemoDataTwice() {
        DemoData.load(stack().registryUrl(), adminToken(), stack().resolverBaseUrl());
        secondLoad = DemoData.load(stack().registryUrl(), adminToken(), stack().resolverBaseUrl());
        workflow = DemoWorkflow.load(stack().registryUrl(), stack().jwt(), stack().repositoryRoot());
        secondWorkflow = DemoWorkflow.load(stack().registryUrl(), stack().jwt(), stack().repositoryRoot());
    }

    @Test
    void shouldLoadTheCriteriaSetsAndDossiersInSeveralStatesOnce() {
        assertThat(workflow.loadedNow()).isTrue();
        assertThat(secondWorkflow.loadedNow()).isFalse();
        List<String> groups = registry().get("/criteria-sets").then().statusCode(200).extract().path("groupCode");
        assertThat(groups).contains("FOOD", "BEVERAGE", "HERBAL", "HANDICRAFT", "ORNAMENTAL", "TOURISM");
        List<String> states = registry().auth().oauth2(adminToken()).queryParam("size", 100).get("/dossiers").then()
                .statusCode(200).extract().path("items.state");
        assertThat(states).contains("DRAFT", "SUBMITTED", "COUNCIL_REVIEW", "RANKED");
        registry().get("/products?q=gao bao thai").then().body("items[0].stars", org.hamcrest.Matchers.is(3));
    }

    @Test
    void shouldLetThePrintedCouncilMemberTokenCloseTheWaitingRoundAt4Stars() {
        String token = DemoTokens.forEveryRole(stack().jwt(), null).get("council-member");
        String dossier = registry().auth().oauth2(token).queryParam("state", "COUNCIL_REVIEW").get("/dossiers")
                .then().statusCode(200).extract().path("items[0].id");
        JsonPath round = registry().auth().oauth2(token).queryParam("dossierId", dossier).get("/scoring-rounds")
                .then().statusCode(200).extract().jsonPath();
        String roundId = round.getString("find { it.state == 'OPEN' }.id");
        Map<String, String> picks;
        try {
            picks = DemoWorkflow.selections(new com.fasterxml.jackson.databind.ObjectMapper().readTree(registry()
                    .get("/criteria-sets/FOOD/current").then().statusCode(200).extract().asString()), 75);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        registry().auth().oauth2(token).contentType("application/json").body(Map.of("selections", picks))
                .post("/scoring-rounds/" + roundId + "/scores").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("ACCEPTED")).body("stars", org.hamcrest.Matchers.is(4));
    }

    @Test
    void shouldLoadTheDemoDataOnlyOnceWhenTheLoaderRunsTwice() {
        assertThat(secondLoad.loadedNow()).isFalse();
        List<String> names = registry().queryParam("q", "Hoan Hoa").queryParam("size", 100).get("/products")
                .then().statusCode(200).extract().jsonPath().getList("items.name");
        assertThat(names).containsOnlyOnce(DemoData.HOAN_HOA_PRODUCT);
    }

    @Test
    void shouldFindBothHorseBoneGlueProductsWithTheirStarsWhenSearchingWithoutDiacritics() {
        JsonPath page = registry().queryParam("q", "cao ngua bach").queryParam("size", 100).get("/products")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");

        assertThat(items).extracting(item -> item.get("name"), item -> item.get("stars"))
                .contains(org.assertj.core.groups.Tuple.tuple(DemoData.HOAN_HOA_PRODUCT, 3),
                        org.assertj.core.groups.Tuple.tuple(DemoData.TRUONG_NGUYEN_PRODUCT, 4));
    }

    @Test
    void shouldMakeBothHorseBoneGlueProductsScannable() {
        assertThat(secondLoad.scanUrl()).isEqualTo(stack().resolverBaseUrl() + "/01/"
                + Gtin.toGtin14(DemoData.TRUONG_NGUYEN_GTIN).orElseThrow());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(scan(DemoData.TRUONG_NGUYEN_GTIN).getInt("stars")).isEqualTo(4);
            assertThat(scan(DemoData.TRUONG_NGUYEN_GTIN).getString("name")).isEqualTo(DemoData.TRUONG_NGUYEN_PRODUCT);
            assertThat(scan(DemoData.HOAN_HOA_GTIN).getInt("stars")).isEqualTo(3);
            assertThat(scan(DemoData.HOAN_HOA_GTIN).getString("producer.address")).contains("Phẩm 1");
        });
        String page = traceability().accept("text/html")
                .get("/01/{gtin14}", Gtin.toGtin14(DemoData.TRUONG_NGUYEN_GTIN).orElseThrow())
                .then().statusCode(200).extract().asString();
        assertThat(page).contains(DemoData.TRUONG_NGUYEN_PRODUCT);
    }

    private static JsonPath scan(String gtin) {
        return traceability().accept("application/json").get("/01/{gtin14}", Gtin.toGtin14(gtin).orElseThrow())
                .then().statusCode(200).extract().jsonPath();
    }
}
