package vn.ocop.registry.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Drives the certification workflow through the public API, as the real actors do: a producer opens and submits a
 * dossier, the commune officer forwards it, a province admin sets up a council, its members score.
 */
public final class Workflow {

    /** A minimal but real PDF file (a registration form). */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages"
            + "/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Workflow() {
    }

    /** A council set up through the API; member 0 is the chair; tokens are minted per member subject. */
    public record Council(UUID id, String provinceCode, List<UUID> memberIds, List<String> subjects) {
        public String token(int member) {
            return Tokens.councilMember(subjects.get(member), provinceCode);
        }

        public List<UUID> members(int... indexes) {
            List<UUID> ids = new ArrayList<>();
            for (int i : indexes) {
                ids.add(memberIds.get(i));
            }
            return ids;
        }
    }

    /** Publishes the shipped set of the group (under a test title) unless the group already has one. */
    public static synchronized void ensureCriteriaSet(String group) {
        if (given().get("/criteria-sets/" + group + "/current").statusCode() == 200) {
            return;
        }
        try (InputStream in = Workflow.class.getResourceAsStream("/criteria-sets/" + group.toLowerCase() + ".json")) {
            ObjectNode set = (ObjectNode) JSON.readTree(in);
            set.put("title", set.get("title").asText() + " (bộ kiểm thử quy trình)");
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(set.toString())
                    .post("/criteria-sets").then().statusCode(201);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode criteriaSet(String group, int version) {
        try {
            return JSON.readTree(given().get("/criteria-sets/" + group + "/versions/" + version).then()
                    .statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The criteria set a dossier is (or will be) scored on: its pinned version, else the group's current one. */
    public static JsonNode criteriaSetOf(UUID dossierId) {
        JsonPath dossier = dossier(dossierId);
        Integer version = dossier.get("criteriaVersion");
        String group = dossier.getString("criteriaGroup");
        return version != null ? criteriaSet(group, version)
                : criteriaSet(group, given().get("/criteria-sets/" + group + "/current").then().extract()
                .path("version"));
    }

    /**
     * Picks one option per criterion so that the points add up to exactly {@code total}, failing exactly the
     * mandatory criteria named in {@code failing} (and no other).
     */
    public static Map<String, String> selections(JsonNode set, int total, Set<String> failing) {
        List<String> codes = new ArrayList<>();
        List<List<JsonNode>> allowed = new ArrayList<>();
        for (JsonNode part : set.get("parts")) {
            for (JsonNode section : part.get("sections")) {
                for (JsonNode criterion : section.get("criteria")) {
                    String code = criterion.get("code").asText();
                    boolean fail = failing.contains(code);
                    List<JsonNode> options = new ArrayList<>();
                    criterion.get("options").forEach(o -> {
                        if (o.path("failsMandatory").asBoolean(false) == fail) {
                            options.add(o);
                        }
                    });
                    codes.add(code);
                    allowed.add(options);
                }
            }
        }
        int n = codes.size();
        boolean[][] reachable = new boolean[n + 1][101];
        reachable[n][0] = true;
        for (int i = n - 1; i >= 0; i--) {
            for (int sum = 0; sum <= 100; sum++) {
                for (JsonNode o : allowed.get(i)) {
                    int p = o.get("points").asInt();
                    if (p <= sum && reachable[i + 1][sum - p]) {
                        reachable[i][sum] = true;
                    }
                }
            }
        }
        if (total < 0 || total > 100 || !reachable[0][total]) {
            throw new IllegalArgumentException("no selection gives " + total + " points failing " + failing);
        }
        Map<String, String> picks = new LinkedHashMap<>();
        int left = total;
        for (int i = 0; i < n; i++) {
            for (JsonNode o : allowed.get(i)) {
                int p = o.get("points").asInt();
                if (p <= left && reachable[i + 1][left - p]) {
                    picks.put(codes.get(i), o.get("code").asText());
                    left -= p;
                    break;
                }
            }
        }
        return picks;
    }

    public static JsonPath dossier(UUID id) {
        return given().auth().oauth2(Tokens.admin()).get("/dossiers/" + id).then().statusCode(200).extract()
                .jsonPath();
    }

    public static long version(UUID dossierId) {
        return dossier(dossierId).getLong("version");
    }

    public static ValidatableResponse open(UUID productId, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("productId", productId.toString())).post("/dossiers").then();
    }

    public static ValidatableResponse attach(UUID dossierId, String kind, byte[] content, String contentType,
                                             String token) {
        return given().auth().oauth2(token).contentType(contentType).body(content)
                .queryParam("kind", kind).queryParam("version", version(dossierId))
                .queryParam("fileName", kind.toLowerCase() + ".pdf")
                .post("/dossiers/" + dossierId + "/attachments").then();
    }

    public static ValidatableResponse selfAssess(UUID dossierId, Map<String, String> selections, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", version(dossierId), "selections", selections))
                .put("/dossiers/" + dossierId + "/self-assessment").then();
    }

    /** Requests a move at the dossier's current version. */
    public static ValidatableResponse move(UUID dossierId, String to, String reason, String token) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to, "version", version(dossierId)));
        if (reason != null) {
            body.put("reason", reason);
        }
        if (to.equals("COUNCIL_REVIEW")) {
            body.put("samplesReceivedOn", LocalDate.now().minusDays(1).toString());
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/dossiers/" + dossierId + "/transitions").then();
    }

    /** A draft dossier of the product, opened by its producer, with a registration form and a self-assessment. */
    public static UUID completeDraft(UUID productId, UUID producerId, int selfScore) {
        String producer = Tokens.producer(producerId);
        UUID id = UUID.fromString(open(productId, producer).statusCode(201).extract().path("id"));
        attach(id, "REGISTRATION_FORM", PDF, "application/pdf", producer).statusCode(201);
        selfAssess(id, selections(criteriaSetOf(id), selfScore, Set.of()), producer).statusCode(200);
        return id;
    }

    /** Takes a new dossier of the product to COUNCIL_REVIEW: producer submits, the commune officer forwards. */
    public static UUID toCouncilReview(UUID productId, UUID producerId, String communeCode) {
        UUID id = completeDraft(productId, producerId, 60);
        move(id, "SUBMITTED", null, Tokens.producer(producerId)).statusCode(200);
        move(id, "COMMUNE_REVIEW", null, Tokens.officer(communeCode)).statusCode(200);
        move(id, "COUNCIL_REVIEW", null, Tokens.officer(communeCode)).statusCode(200);
        return id;
    }

    /** Sets up a council of {@code size} members (member 0 chairs); a province admin's, or the national one. */
    public static Council council(String provinceCode, int size) {
        List<Map<String, Object>> members = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < size; i++) {
            String subject = "member-" + i + "-" + tag + "@ocop.test";
            subjects.add(subject);
            members.add(Map.of("subject", subject, "fullName", "Thành viên " + i, "chair", i == 0));
        }
        Map<String, Object> body = new HashMap<>(Map.of("level", provinceCode == null ? "NATIONAL" : "PROVINCIAL",
                "name", "Hội đồng " + tag, "members", members));
        if (provinceCode != null) {
            body.put("provinceCode", provinceCode);
        }
        String token = provinceCode == null ? Tokens.ministry() : Tokens.provinceAdmin(provinceCode);
        JsonPath council = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/councils")
                .then().statusCode(201).extract().jsonPath();
        List<UUID> ids = new ArrayList<>();
        for (String subject : subjects) {
            ids.add(UUID.fromString(council.getString("members.find { it.subject == '" + subject + "' }.id")));
        }
        return new Council(UUID.fromString(council.getString("id")), provinceCode, ids, subjects);
    }

    public static ValidatableResponse openRound(UUID dossierId, Council council, List<UUID> present, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("dossierId", dossierId.toString(), "councilId", council.id().toString(),
                        "presentMemberIds", present.stream().map(UUID::toString).toList()))
                .post("/scoring-rounds").then();
    }

    public static ValidatableResponse score(UUID roundId, Map<String, String> selections, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("selections", selections))
                .post("/scoring-rounds/" + roundId + "/scores").then();
    }

    /**
     * Opens a round with every member present (by the province's secretary, or the ministry at national level) and
     * has member i score {@code totals[i]} points, failing the given mandatory criteria; returns the closed round.
     */
    public static JsonPath scoreRound(UUID dossierId, Council council, Set<String> failing, int... totals) {
        String opener = council.provinceCode() == null ? Tokens.ministry()
                : Tokens.councilSecretary(council.provinceCode());
        UUID round = UUID.fromString(openRound(dossierId, council, council.memberIds(), opener).statusCode(201)
                .extract().path("id"));
        JsonNode set = criteriaSetOf(dossierId);
        ValidatableResponse last = null;
        for (int i = 0; i < totals.length; i++) {
            last = score(round, selections(set, totals[i], failing), council.token(i)).statusCode(200);
        }
        return last.extract().jsonPath();
    }
}
