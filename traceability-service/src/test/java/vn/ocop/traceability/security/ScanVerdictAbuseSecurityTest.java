package vn.ocop.traceability.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.traceability.support.Scans;
import vn.ocop.traceability.support.SerialFixtures.Registered;
import vn.ocop.traceability.support.TemporaryLots;
import vn.ocop.traceability.support.TemporaryLots.Lot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.SerialFixtures.aRegisteredProductWithGtin;
import static vn.ocop.traceability.support.SerialFixtures.generate;

/**
 * Issue 14, finding 8: eleven anonymous requests moved a genuine unit to SCANNED_MANY_TIMES, two requests with far-apart
 * {@code lat}/{@code lon} to SUSPICIOUS. Verdicts now count distinct clients (user agent and network prefix, hashed),
 * and one client is held to a request budget (429 with Retry-After). Clients are told apart by the address the
 * trusted gateway forwards ({@code X-Forwarded-For}); each test uses networks of its own.
 */
@QuarkusTest
class ScanVerdictAbuseSecurityTest {

    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; SM-A546E) Zalo/24.1";
    private static final AtomicInteger NETWORKS = new AtomicInteger(1);

    @Inject
    AgroalDataSource database;

    @Test
    void shouldNotLetOneClientMakeAGenuineUnitScannedManyTimes() {
        String unit = anIssuedUnit();
        String network = aNetwork();

        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            verdicts.add(scan(unit, network + ".7", PHONE, "").jsonPath().getString("serial.verdict"));
        }
        assertThat(verdicts).containsOnly("AUTHENTIC");
        assertThat(scan(unit, network + ".99", PHONE, "").jsonPath().getLong("serial.scanCount"))
                .as("every request is still counted as a scan").isEqualTo(16);
        assertThat(scan(unit, network + ".99", PHONE, "").jsonPath().getString("serial.verdict"))
                .as("another host of the same /24 with the same app is the same client").isEqualTo("AUTHENTIC");
    }

    @Test
    void shouldReportAUnitScannedByMoreDistinctClientsThanTheThreshold() {
        String unit = anIssuedUnit();
        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            verdicts.add(scan(unit, aNetwork() + ".1", PHONE, "").jsonPath().getString("serial.verdict"));
        }
        assertThat(verdicts.subList(0, 10)).containsOnly("AUTHENTIC");
        assertThat(verdicts.get(10)).isEqualTo("SCANNED_MANY_TIMES");
    }

    @Test
    void shouldNotFindFarApartPlacesClaimedFromOneNetworkSuspicious() {
        String unit = anIssuedUnit();
        String network = aNetwork();

        assertThat(scan(unit, network + ".5", PHONE, "?lat=21.03&lon=105.85").jsonPath()
                .getString("serial.verdict")).isEqualTo("AUTHENTIC");
        assertThat(scan(unit, network + ".5", "another browser", "?lat=10.78&lon=106.70").jsonPath()
                .getString("serial.verdict")).as("Hà Nội then Sài Gòn, from one network").isEqualTo("AUTHENTIC");
        assertThat(scan(unit, aNetwork() + ".5", PHONE, "?lat=21.03&lon=105.85").jsonPath()
                .getString("serial.verdict")).as("a second network far away: a copied code").isEqualTo("SUSPICIOUS");
    }

    @Test
    void shouldHoldOneClientToItsBudgetWith429AndRetryAfterWhileOthersAreServed() throws Exception {
        String unknown = "/01/08935000000014/10/NOPE";
        String network = aNetwork();
        // in parallel, so that the budget's refill (5 a second) does not keep up even on a slow machine
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicReference<Response> limited = new AtomicReference<>();
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                sent.add(pool.submit(() -> {
                    if (limited.get() == null) {
                        Response response = given().redirects().follow(false)
                                .header("X-Forwarded-For", network + ".8").header("User-Agent", "flooder")
                                .accept(ContentType.JSON).get(unknown);
                        if (response.statusCode() == 429) {
                            limited.compareAndSet(null, response);
                        }
                    }
                }));
            }
            for (Future<?> request : sent) {
                request.get();
            }
        } finally {
            pool.shutdown();
        }
        Response last = limited.get();
        assertThat(last).as("one client past its burst of 300 is refused").isNotNull();
        assertThat(last.header("Retry-After")).matches("\\d+");
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.jsonPath().getString("detail")).contains("300");

        Response page = given().header("X-Forwarded-For", aNetwork() + ".8").accept(Scans.BROWSER_ACCEPT)
                .get("/scan" + anIssuedUnit());
        assertThat(page.statusCode()).as("another client still gets the scan page").isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void shouldKeepNoRawAddressInTheScanLogOrTheUnit() throws Exception {
        String unit = anIssuedUnit();
        scan(unit, "203.0.113.45", PHONE, "");
        try (var connection = database.getConnection(); var query = connection.createStatement();
             var rows = query.executeQuery("select count(*) from serial where clients::text like '%203.0.113%' "
                     + "union all select count(*) from serial_scan where user_agent_sha256 like '%203.0.113%'")) {
            while (rows.next()) {
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }

    private static Response scan(String unit, String address, String userAgent, String query) {
        Response response = given().header("X-Forwarded-For", address).header("User-Agent", userAgent)
                .accept(ContentType.JSON).get(unit + query);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }

    /** A /24 no other test uses (TEST-NET and documentation ranges are not enough: 10.x.y). */
    private static String aNetwork() {
        int n = NETWORKS.getAndIncrement();
        return "10." + (100 + n / 250) + "." + (n % 250);
    }

    /** The Digital Link path of a freshly issued unit. */
    private String anIssuedUnit() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(database, tea.product().productId());
        generate(tea.producerToken(), lot.id(), 1).then().statusCode(201);
        String serial = given().auth().oauth2(tea.producerToken()).get("/lots/{id}/serials", lot.id())
                .jsonPath().getString("items[0].serial");
        return "/01/" + tea.gtin14() + "/10/" + lot.code() + "/21/" + serial;
    }
}
