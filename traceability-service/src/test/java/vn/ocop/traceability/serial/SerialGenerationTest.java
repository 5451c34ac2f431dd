package vn.ocop.traceability.serial;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.infra.SharedInfra;
import vn.ocop.traceability.serial.service.SerialSignatures;
import vn.ocop.traceability.support.SerialFixtures.Registered;
import vn.ocop.traceability.support.TemporaryLots;
import vn.ocop.traceability.support.TemporaryLots.Lot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.ocop.traceability.support.SerialFixtures.aRegisteredProductWithGtin;
import static vn.ocop.traceability.support.SerialFixtures.aRegisteredProductWithoutGtin;
import static vn.ocop.traceability.support.SerialFixtures.adminToken;
import static vn.ocop.traceability.support.SerialFixtures.generate;
import static vn.ocop.traceability.support.SerialFixtures.producerToken;

@QuarkusTest
class SerialGenerationTest {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldIssueDistinctUnpredictableSerialsFromTheUnambiguousAlphabet() throws Exception {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());

        JsonPath batch = generate(tea.producerToken(), lot.id(), 1000)
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("count", equalTo(1000)).body("lotId", equalTo(lot.id().toString()))
                .extract().jsonPath();

        assertThat(batch.getString("batchId")).isNotBlank();
        assertThat(batch.getString("links.csv")).isEqualTo("/lots/" + lot.id() + "/serials.csv?batch="
                + batch.getString("batchId"));
        List<String> serials = allSerials(tea.producerToken(), lot.id(), batch.getString("batchId"));
        assertThat(serials).hasSize(1000).doesNotHaveDuplicates()
                .allSatisfy(s -> assertThat(s).hasSize(20).matches("[" + ALPHABET + "]{20}"));
        // ten random characters, then their signature for this product's lot and no other
        SerialSignatures signatures = new SerialSignatures(signingKey(), 10);
        assertThat(serials).allSatisfy(s -> assertThat(signatures.verifies(tea.product().productId(), lot.code(), s))
                .as(s).isTrue());
        assertThat(signatures.verifies(tea.product().productId(), lot.code() + "X", serials.get(0))).isFalse();
        assertThat(signatures.verifies(UUID.randomUUID(), lot.code(), serials.get(0))).isFalse();
        // unpredictable: consecutive values are not a counter, nor a counter with a fixed stride
        Set<Long> strides = new HashSet<>();
        for (int i = 1; i < serials.size(); i++) {
            strides.add(asNumber(serials.get(i)) - asNumber(serials.get(i - 1)));
        }
        assertThat(strides).as("differences between consecutive serials").hasSizeGreaterThan(990);
        assertThat(serials).as("not issued in sorted order").isNotEqualTo(serials.stream().sorted().toList());
        // every character of the alphabet shows up, the look-alikes never do
        String all = String.join("", serials);
        assertThat(all.chars().distinct().count()).isEqualTo(ALPHABET.length());
        assertThat(all).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void shouldKeepSerialsUniqueWithinTheProductAcrossBatchesAndLots() {
        Registered tea = aRegisteredProductWithGtin();
        Lot spring = TemporaryLots.insert(dataSource, tea.product().productId());
        Lot autumn = TemporaryLots.insert(dataSource, tea.product().productId());

        generate(tea.producerToken(), spring.id(), 2000).then().statusCode(201);
        generate(tea.producerToken(), spring.id(), 500).then().statusCode(201);
        generate(adminToken(), autumn.id(), 1500).then().statusCode(201);

        List<String> springSerials = allSerials(tea.producerToken(), spring.id(), null);
        List<String> autumnSerials = allSerials(tea.producerToken(), autumn.id(), null);
        assertThat(springSerials).hasSize(2500).doesNotHaveDuplicates();
        assertThat(autumnSerials).hasSize(1500).doesNotHaveDuplicates().doesNotContainAnyElementsOf(springSerials);
    }

    @Test
    void shouldListSerialsPageByPageWithTheirDigitalLinksAndScanCounts() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());
        generate(tea.producerToken(), lot.id(), 25).then().statusCode(201);

        JsonPath page = given().auth().oauth2(tea.producerToken())
                .when().get("/lots/{lotId}/serials?page=1&size=10", lot.id())
                .then().statusCode(200).extract().jsonPath();

        assertThat(page.getInt("total")).isEqualTo(25);
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getList("items")).hasSize(10);
        String serial = page.getString("items[0].serial");
        assertThat(page.getString("items[0].uri")).isEqualTo("https://id.ocop.test/01/" + tea.gtin14() + "/10/"
                + lot.code() + "/21/" + serial);
        assertThat(page.getLong("items[0].scanCount")).isZero();
        given().auth().oauth2(tea.producerToken()).when().get("/lots/{lotId}/serials?size=1001", lot.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
    }

    @Test
    void shouldGenerateOneHundredThousandSerialsInSeconds() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());

        long started = System.nanoTime();
        generate(tea.producerToken(), lot.id(), 100_000).then().statusCode(201).body("count", equalTo(100_000));
        long millis = (System.nanoTime() - started) / 1_000_000;

        // seconds, not minutes, even on a loaded 2-core build machine
        assertThat(millis).isLessThan(30_000);
        given().auth().oauth2(tea.producerToken()).when().get("/lots/{lotId}/serials?size=1", lot.id())
                .then().statusCode(200).body("total", equalTo(100_000));
    }

    @Test
    void shouldRefuseCallersWithoutATokenAsOtherProducersAndInOtherRoles() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());

        given().contentType(ContentType.JSON).body(Map.of("count", 5))
                .when().post("/lots/{lotId}/serials", lot.id())
                .then().statusCode(401);
        generate(producerToken(UUID.randomUUID()), lot.id(), 5)
                .then().statusCode(403).contentType("application/problem+json");
        generate(SharedInfra.jwt().token("officer-1", "commune-officer"), lot.id(), 5).then().statusCode(403);
        given().auth().oauth2(producerToken(UUID.randomUUID())).when().get("/lots/{lotId}/serials", lot.id())
                .then().statusCode(403);
        given().when().get("/lots/{lotId}/serials.csv", lot.id()).then().statusCode(401);
        given().auth().oauth2(producerToken(UUID.randomUUID())).when().get("/lots/{lotId}/serials/labels.pdf", lot.id())
                .then().statusCode(403);
        assertThat(allSerials(adminToken(), lot.id(), null)).isEmpty();
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownLotOrABatchOfAnotherLot() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());
        Lot other = TemporaryLots.insert(dataSource, tea.product().productId());
        String otherBatch = generate(tea.producerToken(), other.id(), 3).then().statusCode(201)
                .extract().path("batchId");

        generate(adminToken(), UUID.randomUUID(), 5)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(tea.producerToken()).when().get("/lots/{lotId}/serials?batch=" + otherBatch, lot.id())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRejectACountOutsideOneToOneHundredThousand() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());

        for (int count : new int[] {0, -1, 100_001}) {
            generate(tea.producerToken(), lot.id(), count)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("count"));
        }
        given().auth().oauth2(tea.producerToken()).contentType(ContentType.JSON).body("{}")
                .when().post("/lots/{lotId}/serials", lot.id())
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(tea.producerToken()).contentType(ContentType.JSON).body("{\"count\": \"many\"")
                .when().post("/lots/{lotId}/serials", lot.id())
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(allSerials(tea.producerToken(), lot.id(), null)).isEmpty();
    }

    @Test
    void shouldRefuseSerialsForAProductWithoutGtin() {
        Registered herbal = aRegisteredProductWithoutGtin();
        Lot lot = TemporaryLots.insert(dataSource, herbal.product().productId());

        generate(herbal.producerToken(), lot.id(), 5)
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static List<String> allSerials(String token, UUID lotId, String batch) {
        List<String> serials = new ArrayList<>();
        for (int page = 0; ; page++) {
            var request = given().auth().oauth2(token).queryParam("page", page).queryParam("size", 1000);
            if (batch != null) {
                request.queryParam("batch", batch);
            }
            JsonPath json = request.when().get("/lots/{lotId}/serials", lotId)
                    .then().statusCode(200).extract().jsonPath();
            List<String> items = json.getList("items.serial", String.class);
            serials.addAll(items);
            if (serials.size() >= json.getLong("total") || items.isEmpty()) {
                return serials;
            }
        }
    }

    private byte[] signingKey() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var query = connection.createStatement();
             var row = query.executeQuery("select secret from serial_signing_key")) {
            assertThat(row.next()).isTrue();
            return row.getBytes(1);
        }
    }

    /** The serial's random part read as a number in base 31 over the alphabet. */
    private static long asNumber(String serial) {
        long value = 0;
        for (char c : serial.substring(0, 10).toCharArray()) {
            value = value * ALPHABET.length() + ALPHABET.indexOf(c);
        }
        return value;
    }
}
