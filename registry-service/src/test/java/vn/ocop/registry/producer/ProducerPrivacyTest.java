package vn.ocop.registry.producer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.support.RegistryEvents;
import vn.ocop.registry.support.Tokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.PHU_BINH;
import static vn.ocop.registry.support.Fixtures.THAI_NGUYEN;
import static vn.ocop.registry.support.Fixtures.aProducer;

/**
 * Attack: {@code GET /producers?type=HKD&size=100} without a token listed household businesses with contact name,
 * phone, e-mail and tax code. Refused: those four are shown only to the producer itself and staff whose scope covers
 * it (its commune officer, its province admin, ministry, admin); everybody else — anonymous callers, other producers,
 * officers of other places, council staff — gets them as null, and registry events never carry them.
 */
@QuarkusTest
class ProducerPrivacyTest {

    private static final String TAX = "taxCode";

    @Test
    void shouldHideContactsAndTaxCodeFromAnonymousListsAndDetails() {
        UUID producer = household();
        JsonPath list = given().queryParam("type", "HKD").queryParam("size", 100).queryParam("q", nameOf(producer))
                .get("/producers").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items")).hasSize(1);
        for (String field : new String[] {"contactName", "phone", "email", TAX}) {
            assertThat(list.getString("items[0]." + field)).as(field).isNull();
        }
        assertThat(list.getString("items[0].name")).isEqualTo(nameOf(producer));
        assertHidden(given().get("/producers/" + producer).then().statusCode(200).extract().jsonPath());
    }

    @Test
    void shouldShowContactsOnlyToTheProducerAndStaffWhoseScopeCoversIt() {
        UUID producer = household();
        for (String token : new String[] {Tokens.producer(producer), Tokens.officer(PHU_BINH),
                Tokens.provinceAdmin(THAI_NGUYEN), Tokens.ministry(), Tokens.admin()}) {
            JsonPath view = given().auth().oauth2(token).get("/producers/" + producer).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(view.getString("phone")).isEqualTo("0912345678");
            assertThat(view.getString("email")).isEqualTo("hoan.hoa@example.vn");
            assertThat(view.getString("contactName")).isEqualTo("Hoàng Văn Hoan");
            assertThat(view.getString(TAX)).isNotNull();
        }
        for (String token : new String[] {Tokens.producer(UUID.randomUUID()), Tokens.officer("00004"),
                Tokens.provinceAdmin("01"), Tokens.councilSecretary(THAI_NGUYEN)}) {
            assertHidden(given().auth().oauth2(token).get("/producers/" + producer).then().statusCode(200)
                    .extract().jsonPath());
        }
    }

    @Test
    void shouldPublishNoTaxCodeInProducerEvents() {
        try (RegistryEvents events = new RegistryEvents()) {
            UUID producer = household();
            await().atMost(Duration.ofSeconds(15)).until(() -> events.about(producer, Duration.ofMillis(200))
                    .stream().anyMatch(s -> s.type().equals(EventTypes.PRODUCER_REGISTERED)));
            var seen = events.about(producer, Duration.ZERO).stream()
                    .filter(s -> s.type().equals(EventTypes.PRODUCER_REGISTERED)).findFirst().orElseThrow();
            assertThat(seen.event().at("/data/taxCode").isNull() || seen.event().at("/data/taxCode").isMissingNode())
                    .isTrue();
            assertThat(seen.event().toString()).doesNotContain("0912345678").doesNotContain("hoan.hoa@example.vn");
            assertThat(seen.event().at("/data/name").asText()).isEqualTo(nameOf(producer));
        }
    }

    private static void assertHidden(JsonPath view) {
        assertThat(view.getString("contactName")).isNull();
        assertThat(view.getString("phone")).isNull();
        assertThat(view.getString("email")).isNull();
        assertThat(view.getString(TAX)).isNull();
        assertThat(view.getString("communeCode")).isEqualTo(PHU_BINH);
    }

    private static final Map<UUID, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static UUID household() {
        String name = "Hộ Hoàng Văn Hoan " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = aProducer().named(name).inCommune(PHU_BINH).with("contactName", "Hoàng Văn Hoan")
                .with("phone", "0912345678").with("email", "hoan.hoa@example.vn")
                .with(TAX, "8" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L))).create();
        NAMES.put(id, name);
        return id;
    }

    private static String nameOf(UUID producer) {
        return NAMES.get(producer);
    }
}
