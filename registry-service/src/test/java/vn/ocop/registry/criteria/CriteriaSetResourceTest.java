package vn.ocop.registry.criteria;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class CriteriaSetResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SHIPPED = List.of("food", "beverage", "herbal", "handicraft", "ornamental",
            "tourism");

    @Test
    void shouldLoadAllSixShippedCriteriaSetsThroughTheAdminApi() {
        for (String file : SHIPPED) {
            String group = file.toUpperCase();
            ValidatableResponse published = publish(shipped(file)).statusCode(201)
                    .body("groupCode", equalTo(group))
                    .body("current", is(true))
                    .body("maxPoints", is(100))
                    .body("parts.code", equalTo(List.of("A", "B", "C")))
                    .body("parts.maxPoints", equalTo(List.of(40, 25, 35)));
            int version = published.extract().path("version");
            published.header("Location", endsWith("/criteria-sets/" + group + "/versions/" + version));
        }
        given().get("/criteria-sets").then().statusCode(200)
                .body("groupCode", hasItem("TOURISM")).body("groupCode", hasItem("FOOD"));
    }

    @Test
    void shouldKeepAnOlderVersionReadableAndUnchangedWhenANewOneIsPublished() {
        Map<String, Object> first = shipped("ornamental");
        first.put("title", "Bộ tiêu chí sinh vật cảnh " + UUID.randomUUID());
        ValidatableResponse published = publish(first).statusCode(201);
        int version = published.extract().path("version");
        String firstChecksum = published.extract().path("checksum");
        Object firstParts = published.extract().path("parts");

        Map<String, Object> second = shipped("ornamental");
        second.put("title", "Bộ tiêu chí sinh vật cảnh sửa đổi " + UUID.randomUUID());
        option(second, 2, 0, 0, 2).put("label", "Hoàn chỉnh, có giá trị nghệ thuật cao");
        publish(second).statusCode(201).body("version", is(version + 1)).body("current", is(true));

        given().get("/criteria-sets/ORNAMENTAL/versions/" + version).then().statusCode(200)
                .body("title", equalTo(first.get("title")))
                .body("current", is(false))
                .body("checksum", equalTo(firstChecksum))
                .body("parts", equalTo(firstParts));
        given().get("/criteria-sets/ORNAMENTAL/current").then().statusCode(200)
                .body("version", is(version + 1))
                .body("parts[2].sections[0].criteria[0].options[2].label",
                        equalTo("Hoàn chỉnh, có giá trị nghệ thuật cao"));
        List<Integer> versions = given().queryParam("group", "ORNAMENTAL").get("/criteria-sets").then()
                .statusCode(200).extract().path("version");
        assertThat(versions).startsWith(version + 1, version).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void shouldRefuseTheSameSetAgainAsUnchanged() {
        Map<String, Object> set = shipped("beverage");
        set.put("title", "Bộ tiêu chí đồ uống " + UUID.randomUUID());
        publish(set).statusCode(201);
        publish(set).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/unchanged"));
    }

    @Test
    void shouldRejectAPartWhoseCriteriaDoNotAddUpToItsPoints() {
        Map<String, Object> set = shipped("food");
        option(set, 0, 0, 0, 3).put("points", 6);
        publish(set).statusCode(400)
                .body("errors.field", equalTo(List.of("parts[0]")))
                .body("errors[0].message", containsString("part A"))
                .body("errors[0].message", containsString("41"));
    }

    @Test
    void shouldRejectASetWithoutPartC() {
        Map<String, Object> set = shipped("food");
        parts(set).remove(2);
        publish(set).statusCode(400)
                .body("errors.field", equalTo(List.of("parts")))
                .body("errors[0].message", containsString("missing C"));
    }

    @Test
    void shouldRejectDuplicateCriterionCodes() {
        Map<String, Object> set = shipped("food");
        criterion(set, 0, 0, 1).put("code", "A1.1");
        publish(set).statusCode(400)
                .body("errors.field", equalTo(List.of("parts[0].sections[0].criteria[1].code")));
    }

    @Test
    void shouldRejectACriterionWithOnlyOneOption() {
        Map<String, Object> set = shipped("food");
        List<?> options = (List<?>) criterion(set, 0, 0, 1).get("options");
        options.subList(0, options.size() - 1).clear();
        publish(set).statusCode(400)
                .body("errors.field", hasItem("parts[0].sections[0].criteria[1].options"));
    }

    @Test
    void shouldRejectNegativePointsAndAMandatoryStarLevelOutside1To5() {
        Map<String, Object> set = shipped("food");
        option(set, 1, 0, 0, 0).put("points", -1);
        criterion(set, 2, 1, 0).put("mandatoryForStars", 6);
        publish(set).statusCode(400)
                .body("errors.field", hasItem("parts[1].sections[0].criteria[0].options[0].points"))
                .body("errors.field", hasItem("parts[2].sections[1].criteria[0].mandatoryForStars"));
    }

    @Test
    void shouldRejectAnUnknownProductGroup() {
        Map<String, Object> set = shipped("food");
        set.put("groupCode", "JEWELS");
        publish(set).statusCode(400).body("errors.field", equalTo(List.of("groupCode")));
    }

    @Test
    void shouldLetOnlyAdminsPublish() {
        given().auth().oauth2(Tokens.officer("05908")).contentType(ContentType.JSON).body(shipped("food"))
                .post("/criteria-sets").then().statusCode(403);
        given().contentType(ContentType.JSON).body(shipped("food"))
                .post("/criteria-sets").then().statusCode(401);
    }

    @Test
    void shouldAnswer404ForAVersionThatDoesNotExist() {
        given().get("/criteria-sets/FOOD/versions/9999").then().statusCode(404);
        given().get("/criteria-sets/JEWELS/current").then().statusCode(404);
    }

    private static ValidatableResponse publish(Map<String, Object> set) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(set)
                .post("/criteria-sets").then();
    }

    /** A shipped set from the classpath, as a mutable JSON tree. */
    private static Map<String, Object> shipped(String file) {
        try (InputStream in = CriteriaSetResourceTest.class.getResourceAsStream("/criteria-sets/" + file + ".json")) {
            assertThat(in).as("shipped criteria set " + file).isNotNull();
            return JSON.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parts(Map<String, Object> set) {
        return (List<Map<String, Object>>) set.get("parts");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> criterion(Map<String, Object> set, int part, int section, int criterion) {
        Map<String, Object> s = ((List<Map<String, Object>>) parts(set).get(part).get("sections")).get(section);
        return ((List<Map<String, Object>>) s.get("criteria")).get(criterion);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> option(Map<String, Object> set, int part, int section, int criterion,
                                              int option) {
        return ((List<Map<String, Object>>) criterion(set, part, section, criterion).get("options")).get(option);
    }
}
