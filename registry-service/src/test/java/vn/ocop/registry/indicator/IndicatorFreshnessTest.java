package vn.ocop.registry.indicator;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import io.restassured.path.json.JsonPath;
import org.assertj.core.api.InstanceOfAssertFactories;
import vn.ocop.registry.indicator.repository.IndicatorChangeRepository;
import vn.ocop.registry.indicator.service.IndicatorCache;
import vn.ocop.registry.support.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.MonitoringFixtures.revenue;
import static vn.ocop.registry.support.MonitoringFixtures.revoke;
import static vn.ocop.registry.support.MonitoringFixtures.salesPoint;
import static vn.ocop.registry.support.MonitoringFixtures.today;

/**
 * Indicator results are kept between reads (IndicatorCache) but never outlive a change: a write through the API, a
 * write committed by another instance (here: another connection, straight to the database), and the commune table
 * and the national figures alike; and old change notes are pruned without a kept result outliving them. Ninh Bình
 * (province 37) is used by no other test class.
 */
@QuarkusTest
class IndicatorFreshnessTest {

    private static final String NINH_BINH = "37";
    private static final String PHU_LY = "13285";
    private static final String DUY_TIEN = "13324";
    private static final String KIM_BANG = "13384";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndicatorChangeRepository changes;

    @Inject
    IndicatorCache cache;

    @Test
    void shouldShowEveryCommittedChangeOnTheNextRead() throws Exception {
        String officer = Tokens.provinceAdmin(NINH_BINH);
        long before = certified(officer);
        long nationalBefore = certified(Tokens.admin(), Map.of());
        long phuLyBefore = communeCertified(officer);
        assertThat(certified(officer)).isEqualTo(before);   // a kept result, same numbers

        UUID producer = aProducer().inCommune(PHU_LY).with("workers", 11).create();
        UUID certificate = aCertificate(aProduct(producer).create()).stars(4).record();
        assertThat(certified(officer)).isEqualTo(before + 1);
        assertThat(certified(officer)).isEqualTo(before + 1);
        assertThat(communeCertified(officer)).isEqualTo(phuLyBefore + 1);
        assertThat(certified(Tokens.admin(), Map.of())).isGreaterThanOrEqualTo(nationalBefore + 1);

        // another instance commits a change: nothing passes through this instance
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update certificate set stars = 2 where id = ?")) {
            s.setObject(1, certificate);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(certified(officer)).isEqualTo(before);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update certificate set stars = 5 where id = ?")) {
            s.setObject(1, certificate);
            s.executeUpdate();
        }
        assertThat(certified(officer)).isEqualTo(before + 1);
        assertThat(stars5(officer)).isEqualTo(1);

        revoke(certificate);
        assertThat(certified(officer)).isEqualTo(before);
        assertThat(stars5(officer)).isZero();
    }

    @Test
    void shouldPruneOldChangeNotesAndDistrustResultsThatCouldHaveMissedThem() throws Exception {
        String before = QuarkusTransaction.requiringNew().call(() -> changes.snapshot().orElseThrow());
        aProducer().inCommune(PHU_LY).create();   // noted as a change after that snapshot
        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.since(before).communes())).contains(PHU_LY);
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("update indicator_change set noted_at = now() - interval '2 hours'");
        }
        // notes of transactions that still run are kept: another test's background work may hold one for a moment
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            QuarkusTransaction.requiringNew().run(changes::prune);
            try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(
                    "select (select count(*) from indicator_change where noted_at < now() - interval '1 hour'), "
                            + "(select horizon from indicator_change_horizon) >= pg_snapshot_xmax(cast('" + before
                            + "' as pg_snapshot))")) {
                r.next();
                assertThat(r.getLong(1)).as("old notes left").isZero();
                assertThat(r.getBoolean(2)).as("horizon moved past the pruned notes").isTrue();
            }
        });
        // the note that made the old result stale is gone, yet the result is still not trusted: all of it is redone
        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.since(before).communes()))
                .containsExactly(IndicatorChangeRepository.EVERYWHERE);
        // a snapshot taken inside a writing transaction is never offered for keeping
        assertThat(QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().executeUpdate("update indicator_change_horizon set horizon = horizon");
            }
            return changes.snapshot();
        })).isEmpty();
    }

    @Test
    void shouldRecomputeJustTheCommunesAChangeTouched() throws Exception {
        Object key = List.of("test", UUID.randomUUID());
        AtomicInteger computed = new AtomicInteger();
        List<Set<String>> updates = new ArrayList<>();
        Supplier<String> compute = () -> "computed " + computed.incrementAndGet();
        BiFunction<String, Set<String>, String> update = (kept, communes) -> {
            updates.add(communes);
            return kept + " updated";
        };
        UUID producer = aProducer().inCommune(PHU_LY).create();
        assertThat(get(key, compute, update)).isEqualTo("computed 1");
        assertThat(get(key, compute, update)).isEqualTo("computed 1");

        // another instance changes a producer of Phủ Lý, then moves it to Duy Tiên: both communes are redone
        jdbc("update producer set workers = 3 where id = ?", producer);
        assertThat(get(key, compute, update)).isEqualTo("computed 1 updated");
        assertThat(updates).last().asInstanceOf(InstanceOfAssertFactories.COLLECTION).contains(PHU_LY)
                .doesNotContain(DUY_TIEN, IndicatorChangeRepository.EVERYWHERE);
        jdbc("update producer set commune_code = '" + DUY_TIEN + "' where id = ?", producer);
        assertThat(get(key, compute, update)).isEqualTo("computed 1 updated updated");
        assertThat(updates).last().asInstanceOf(InstanceOfAssertFactories.COLLECTION).contains(PHU_LY, DUY_TIEN);
        // a product's certificate is noted under its producer's commune
        UUID certificate = aCertificate(aProduct(producer).create()).stars(3).record();
        jdbc("update certificate set stars = 4 where id = ?", certificate);
        assertThat(get(key, compute, update)).endsWith("updated updated updated");
        assertThat(updates).last().asInstanceOf(InstanceOfAssertFactories.COLLECTION).contains(DUY_TIEN);
        assertThat(computed).hasValue(1);
        // a statement that changes no row changes nothing
        String kept = get(key, compute, update);
        jdbc("update producer set workers = 4 where id = ? and false", producer);
        assertThat(get(key, compute, update)).isSameAs(kept);

        // a change to the reference data (even one that changes no row) is a change everywhere
        jdbc("update province set name = name where code = ? and false", NINH_BINH);
        assertThat(get(key, compute, update)).isEqualTo("computed 2");
    }

    @Test
    void shouldBringKeptResultsUpToDateToTheFiguresOfAFreshComputation() throws Exception {
        String officer = Tokens.provinceAdmin(NINH_BINH);
        Map<String, String> province = Map.of("province", NINH_BINH);
        long before = certified(officer);
        JsonPath table = communeTable(officer);

        // changes in three communes: a certified product with revenue growth and a sales point through the API,
        // a producer moved by another instance
        UUID producer = aProducer().inCommune(PHU_LY).with("workers", 7).create();
        UUID product = aProduct(producer).inGroup("BEVERAGE").create();
        LocalDate decided = today().minusMonths(14);
        aCertificate(product).stars(3).decidedOn(decided).record();
        revenue(product, decided.getYear() - 1, 400_000_000L);
        revenue(product, decided.getYear() + 1, 700_000_000L);
        salesPoint(KIM_BANG, "POINT", null, null);
        UUID moved = aProducer().inCommune(PHU_LY).with("workers", 5).create();
        aCertificate(aProduct(moved).create()).stars(4).record();
        jdbc("update producer set commune_code = '" + DUY_TIEN + "' where id = ?", moved);

        // brought up to date commune by commune
        String national = indicators(Tokens.admin(), Map.of());
        String provincial = indicators(officer, province);
        JsonPath updatedTable = communeTable(officer);
        assertThat(certified(officer)).isEqualTo(before + 2);
        assertThat(updatedTable.getLong(certifiedIn(DUY_TIEN))).isEqualTo(table.getLong(certifiedIn(DUY_TIEN)) + 1);

        // then computed afresh, after a change everywhere
        jdbc("update province set name = name where code = ? and false", NINH_BINH);
        assertThat(indicators(Tokens.admin(), Map.of())).isEqualTo(national);
        assertThat(indicators(officer, province)).isEqualTo(provincial);
        assertThat(communeTable(officer).prettify()).isEqualTo(updatedTable.prettify());
    }

    private <T> T get(Object key, Supplier<T> compute, BiFunction<T, Set<String>, T> update) {
        return QuarkusTransaction.requiringNew().call(() -> cache.get(key, compute, update));
    }

    private void jdbc(String sql, Object parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            s.executeUpdate();
        }
    }

    /** The area's values and certified products by group, as JSON. */
    private static String indicators(String token, Map<String, String> query) {
        JsonPath json = given().auth().oauth2(token).queryParams(query).get("/indicators").then().statusCode(200)
                .extract().jsonPath();
        return json.prettify();
    }

    private static JsonPath communeTable(String token) {
        return given().auth().oauth2(token).queryParam("province", NINH_BINH).queryParam("size", 100)
                .get("/indicators/communes").then().statusCode(200).extract().jsonPath();
    }

    private static String certifiedIn(String commune) {
        return "items.find { it.communeCode == '" + commune + "' }.values.certifiedProducts";
    }

    private static long certified(String token) {
        return certified(token, Map.of("province", NINH_BINH));
    }

    private static long certified(String token, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query).get("/indicators").then().statusCode(200).extract()
                .jsonPath().getLong("values.certifiedProducts");
    }

    private static long stars5(String token) {
        return given().auth().oauth2(token).queryParam("province", NINH_BINH).get("/indicators").then()
                .statusCode(200).extract().jsonPath().getLong("values.products5Star");
    }

    /** Phú Lý's certified products in the province's commune table. */
    private static long communeCertified(String token) {
        return communeTable(token).getLong(certifiedIn(PHU_LY));
    }
}
