package vn.ocop.registry.indicator;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.indicator.repository.IndicatorChangeRepository;
import vn.ocop.registry.support.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.MonitoringFixtures.revoke;

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

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndicatorChangeRepository changes;

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
        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.unchangedSince(before))).isFalse();
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
        // the note that made the old result stale is gone, yet the result is still not trusted
        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.unchangedSince(before))).isFalse();
        // a snapshot taken inside a writing transaction is never offered for keeping
        assertThat(QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().executeUpdate("update indicator_change_horizon set horizon = horizon");
            }
            return changes.snapshot();
        })).isEmpty();
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
        return given().auth().oauth2(token).queryParam("province", NINH_BINH).queryParam("size", 100)
                .get("/indicators/communes").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.communeCode == '" + PHU_LY + "' }.values.certifiedProducts");
    }
}
