package vn.ocop.traceability.serial;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.traceability.serial.SerialVerifier.ScanContext;
import vn.ocop.traceability.serial.SerialVerifier.SerialScan;
import vn.ocop.traceability.serial.SerialVerifier.Verdict;
import vn.ocop.traceability.serial.service.SerialCodes;
import vn.ocop.traceability.support.SerialFixtures.Registered;
import vn.ocop.traceability.support.TemporaryLots;
import vn.ocop.traceability.support.TemporaryLots.Lot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.traceability.support.SerialFixtures.aRegisteredProductWithGtin;
import static vn.ocop.traceability.support.SerialFixtures.adminToken;
import static vn.ocop.traceability.support.SerialFixtures.generate;
import static vn.ocop.traceability.support.SerialFixtures.producerToken;

/**
 * The verdicts of consumer scans, through the {@link SerialVerifier} seam the resolver calls (nothing calls it over
 * HTTP until the resolver is merged), and the statistics producers read over HTTP.
 */
@QuarkusTest
class SerialVerdictTest {

    private static final double HA_NOI_LAT = 21.0285;
    private static final double HA_NOI_LON = 105.8542;
    private static final double HO_CHI_MINH_LAT = 10.8231;
    private static final double HO_CHI_MINH_LON = 106.6297;
    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; SM-A556E) Zalo/24.1";

    @Inject
    SerialVerifier verifier;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldFindAnIssuedCodeScannedOnceAuthentic() {
        Unit unit = anIssuedUnit();

        SerialScan scan = verifier.scan(unit.productId(), unit.lot().code(), unit.serial(), at(HA_NOI_LAT, HA_NOI_LON));

        assertThat(scan.verdict()).isEqualTo(Verdict.AUTHENTIC);
        assertThat(scan.lotId()).isEqualTo(unit.lot().id());
        assertThat(scan.lotCode()).isEqualTo(unit.lot().code());
        assertThat(scan.scanCount()).isEqualTo(1);
        assertThat(scan.firstScannedAt()).isNotNull();
    }

    @Test
    void shouldFindTheUnitOfASerialUriWithoutLot() {
        Unit unit = anIssuedUnit();

        SerialScan scan = verifier.scan(unit.productId(), null, unit.serial(), nowhere());

        assertThat(scan.verdict()).isEqualTo(Verdict.AUTHENTIC);
        assertThat(scan.lotCode()).isEqualTo(unit.lot().code());
    }

    @Test
    void shouldReportACodeScannedMoreOftenThanTheThresholdAsScannedManyTimes() {
        Unit unit = anIssuedUnit();

        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            verdicts.add(verifier.scan(unit.productId(), unit.lot().code(), unit.serial(), nowhere()).verdict());
        }

        assertThat(verdicts.subList(0, 10)).containsOnly(Verdict.AUTHENTIC);
        assertThat(verdicts.get(10)).isEqualTo(Verdict.SCANNED_MANY_TIMES);
        assertThat(verifier.scan(unit.productId(), unit.lot().code(), unit.serial(), nowhere()).scanCount())
                .isEqualTo(12);
    }

    @Test
    void shouldReportACodeScannedInHaNoiAndTenMinutesLaterInHoChiMinhCityAsSuspicious() {
        Unit unit = anIssuedUnit();
        OffsetDateTime morning = OffsetDateTime.now().minusMinutes(10);

        SerialScan hanoi = verifier.scan(unit.productId(), unit.lot().code(), unit.serial(),
                new ScanContext(morning, HA_NOI_LAT, HA_NOI_LON, PHONE));
        SerialScan unlocated = verifier.scan(unit.productId(), unit.lot().code(), unit.serial(),
                new ScanContext(morning.plusMinutes(5), null, null, PHONE));
        SerialScan saigon = verifier.scan(unit.productId(), unit.lot().code(), unit.serial(),
                new ScanContext(morning.plusMinutes(10), HO_CHI_MINH_LAT, HO_CHI_MINH_LON, PHONE));

        assertThat(hanoi.verdict()).isEqualTo(Verdict.AUTHENTIC);
        assertThat(unlocated.verdict()).isEqualTo(Verdict.AUTHENTIC);
        assertThat(saigon.verdict()).isEqualTo(Verdict.SUSPICIOUS);
        assertThat(saigon.scanCount()).isEqualTo(3);
    }

    @Test
    void shouldNotSuspectShortHopsNorJourneysThatTravelAllows() {
        Unit unit = anIssuedUnit();
        OffsetDateTime start = OffsetDateTime.now().minusDays(2);

        // Hà Nội to Bắc Ninh (about 30 km) within a minute: under the minimum distance
        SerialScan hop = scan(unit, start, HA_NOI_LAT, HA_NOI_LON);
        SerialScan bacNinh = scan(unit, start.plusMinutes(1), 21.1861, 106.0763);
        // then Hồ Chí Minh City a day later: a flight away
        SerialScan saigon = scan(unit, start.plusDays(1), HO_CHI_MINH_LAT, HO_CHI_MINH_LON);

        assertThat(List.of(hop.verdict(), bacNinh.verdict(), saigon.verdict())).containsOnly(Verdict.AUTHENTIC);
    }

    @Test
    void shouldReportASerialNeverIssuedForTheProductAsUnknown() {
        Unit unit = anIssuedUnit();

        SerialScan scan = verifier.scan(unit.productId(), unit.lot().code(), "ZZZZ9999ZZ", nowhere());

        assertThat(scan.verdict()).isEqualTo(Verdict.UNKNOWN_SERIAL);
        assertThat(scan.lotId()).isNull();
        assertThat(scan.scanCount()).isZero();
        // the same serial of another product is not this product's code either
        Unit other = anIssuedUnit();
        assertThat(verifier.scan(other.productId(), null, unit.serial(), nowhere()).verdict())
                .isEqualTo(Verdict.UNKNOWN_SERIAL);
    }

    @Test
    void shouldReportASerialOfAnotherLotGivenWithTheWrongLotAsUnknown() {
        Unit unit = anIssuedUnit();
        Lot otherLot = TemporaryLots.insert(dataSource, unit.productId());

        SerialScan scan = verifier.scan(unit.productId(), otherLot.code(), unit.serial(), nowhere());

        assertThat(scan.verdict()).isEqualTo(Verdict.UNKNOWN_SERIAL);
        // and the real unit was not counted
        assertThat(verifier.scan(unit.productId(), unit.lot().code(), unit.serial(), nowhere()).scanCount())
                .isEqualTo(1);
    }

    @Test
    void shouldLogCoarseLocationsAndAHashOfTheUserAgentOnly() {
        Unit unit = anIssuedUnit();

        verifier.scan(unit.productId(), unit.lot().code(), unit.serial(), at(HA_NOI_LAT, HA_NOI_LON));

        // the log is written in batches, off the scan's path
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection
                    .prepareStatement("select latitude, longitude, user_agent_sha256, verdict from serial_scan "
                            + "where product_id = ?")) {
                query.setObject(1, unit.productId());
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getBigDecimal(1)).isEqualByComparingTo("21.0");
                    assertThat(row.getBigDecimal(2)).isEqualByComparingTo("105.9");
                    assertThat(row.getString(3)).isEqualTo(HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(PHONE.getBytes(StandardCharsets.UTF_8))));
                    assertThat(row.getString(4)).isEqualTo("AUTHENTIC");
                    assertThat(row.next()).isFalse();
                }
            }
        });
    }

    @Test
    void shouldAnswerFromMemoryWhatTheDatabaseAnswered() {
        Unit unit = anIssuedUnit();

        // the first scan reads the unit, product and lot; the second finds them all in memory
        var first = given().accept(ContentType.JSON).header("User-Agent", PHONE).when().get(unit.path())
                .then().statusCode(200).extract();
        var second = given().accept(ContentType.JSON).header("User-Agent", PHONE).when().get(unit.path())
                .then().statusCode(200).extract();

        assertThat(first.jsonPath().getLong("serial.scanCount")).isEqualTo(1);
        assertThat(second.jsonPath().getLong("serial.scanCount")).isEqualTo(2);
        Map<String, Object> before = first.jsonPath().getMap("$");
        Map<String, Object> after = second.jsonPath().getMap("$");
        assertThat(withoutScanCount(after)).isEqualTo(withoutScanCount(before));
        assertThat(second.header("Link")).isEqualTo(first.header("Link")).contains(unit.path() + "?linkType=linkset");
        assertThat(second.contentType()).isEqualTo(first.contentType());
    }

    @Test
    void shouldRenderTheScanPageFromMemoryAsItRendersItAfterReading() {
        IssuedLot issuedLot = anIssuedLot(2);
        List<String> issued = issuedLot.serials();
        String page = "/scan" + issuedLot.path();

        // the first scan reads product, lot and unit on a worker thread; the second finds them in memory, and the
        // other unit of the lot needs no read at all (signed for the lot, never scanned)
        var read = given().accept(ContentType.HTML).when().get(page + issued.get(0)).then().statusCode(200).extract();
        var fromMemory = given().accept(ContentType.HTML).when().get(page + issued.get(0)).then().statusCode(200)
                .extract();
        var unread = given().accept(ContentType.HTML).when().get(page + issued.get(1)).then().statusCode(200)
                .extract();

        assertThat(fromMemory.body().asString()).isEqualTo(read.body().asString()).contains(issued.get(0));
        assertThat(unread.body().asString()).isEqualTo(read.body().asString().replace(issued.get(0), issued.get(1)));
        assertThat(List.of(fromMemory.contentType(), unread.contentType())).containsOnly(read.contentType());
        assertThat(List.of(fromMemory.header("Vary"), unread.header("Vary"))).containsOnly(read.header("Vary"));
        // a made-up code of the same shape is a 404 page, whatever path answers it
        given().accept(ContentType.HTML).when().get(page + nextInAlphabet(issued.get(1))).then().statusCode(404)
                .contentType(ContentType.HTML);
    }

    @Test
    void shouldCountScansThatAnotherInstanceWroteWithinTheRefreshTime() throws Exception {
        Unit unit = anIssuedUnit();
        given().accept(ContentType.JSON).when().get(unit.path()).then().statusCode(200)
                .body("serial.scanCount", equalTo(1));

        // another instance of the service counted 20 scans of the same unit, by 20 other clients
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection
                .prepareStatement("update serial set scan_count = scan_count + 20, clients = array(select "
                        + "generate_series(1000, 1019)::bigint) where product_id = ? and serial = ?")) {
            update.setObject(1, unit.productId());
            update.setString(2, unit.serial());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonPath scan = given().accept(ContentType.JSON).when().get(unit.path()).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(scan.getLong("serial.scanCount")).isGreaterThan(21);
            assertThat(scan.getString("serial.verdict")).isEqualTo("SCANNED_MANY_TIMES");
        });
    }

    @Test
    void shouldAnswerConcurrentFirstScansOfIssuedAndNeverIssuedSerialsAsTheDatabaseSays() throws Exception {
        IssuedLot issuedLot = anIssuedLot(12);
        Registered tea = issuedLot.product();
        Lot lot = issuedLot.lot();
        List<String> issued = issuedLot.serials();
        String lotPath = issuedLot.path();
        // a first scan puts product and lot in memory: the next first scans with the lot need no read (signed serials
        // never scanned, made-up codes of the same shape), those without it read their units in batches
        given().accept(ContentType.JSON).when().get(lotPath + issued.get(0)).then().statusCode(200);

        // eleven issued units and eleven codes never issued (each issued one with every character moved one place on in
        // the alphabet: same alphabet and length, never the code it came from), all at once, with and without lot
        List<String> paths = new ArrayList<>();
        for (int i = 1; i < issued.size(); i++) {
            String neverIssued = nextInAlphabet(issued.get(i));
            assertThat(issued).doesNotContain(neverIssued);
            paths.add((i % 2 == 0 ? lotPath : "/01/" + tea.gtin14() + "/21/") + issued.get(i));
            paths.add(lotPath + neverIssued);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(paths.size());
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (String path : paths) {
                answers.add(pool.submit(() -> given().accept(ContentType.JSON).when().get(path)));
            }
            for (int i = 0; i < paths.size(); i++) {
                var answer = answers.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS);
                String serial = paths.get(i).substring(paths.get(i).lastIndexOf('/') + 1);
                if (issued.contains(serial)) {
                    assertThat(answer.statusCode()).as(paths.get(i)).isEqualTo(200);
                    assertThat(answer.jsonPath().getString("serial.verdict")).isEqualTo("AUTHENTIC");
                    assertThat(answer.jsonPath().getLong("serial.scanCount")).isEqualTo(1);
                    assertThat(answer.jsonPath().getString("lot.lotCode")).isEqualTo(lot.code());
                } else {
                    assertThat(answer.statusCode()).as(paths.get(i)).isEqualTo(404);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // asked again, a code never issued is still not ours (now remembered as unknown), an issued one counts on
        given().accept(ContentType.JSON).when().get(paths.get(1)).then().statusCode(404);
        given().accept(ContentType.JSON).when().get(lotPath + issued.get(2)).then().statusCode(200)
                .body("serial.scanCount", equalTo(2));
        JsonPath stats = given().auth().oauth2(tea.producerToken()).when().get("/lots/{id}/scan-stats", lot.id())
                .then().statusCode(200).extract().jsonPath();
        assertThat(stats.getLong("byVerdict.UNKNOWN_SERIAL")).isEqualTo(12);
        assertThat(stats.getLong("distinctSerialsScanned")).isEqualTo(12);
    }

    @Test
    void shouldCountAUnitThatAnotherInstanceScannedFirstOnceThatScanIsLogged() throws Exception {
        IssuedLot lot = anIssuedLot(2);
        UUID product = lot.product().product().productId();
        String scanned = lot.serials().get(1);
        // a first scan here puts the lot in memory: a first scan of its other unit then needs no read, unless some
        // instance scanned that unit before
        given().accept(ContentType.JSON).when().get(lot.path() + lot.serials().get(0)).then().statusCode(200)
                .body("serial.scanCount", equalTo(1));

        // another instance scans the other unit 20 times, by 20 clients: it logs the scans, then adds them up
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement log = connection.prepareStatement("insert into serial_scan (product_id, serial, "
                    + "lot_id, lot_code, scanned_at, verdict) select ?, ?, ?, ?, now(), 'AUTHENTIC' "
                    + "from generate_series(1, 20)")) {
                log.setObject(1, product);
                log.setString(2, scanned);
                log.setObject(3, lot.lot().id());
                log.setString(4, lot.lot().code());
                assertThat(log.executeUpdate()).isEqualTo(20);
            }
            try (PreparedStatement count = connection.prepareStatement("update serial set scan_count = 20, "
                    + "first_scanned_at = now(), clients = array(select generate_series(1000, 1019)::bigint) "
                    + "where product_id = ? and serial = ?")) {
                count.setObject(1, product);
                count.setString(2, scanned);
                assertThat(count.executeUpdate()).isEqualTo(1);
            }
        }
        // this instance reads the log every second (ocop.serials.scanned-units-poll); the scan must come after that,
        // and only once: a scan before it, or a second one, would be counted from memory or read again on its own
        Thread.sleep(3_000);

        given().accept(ContentType.JSON).when().get(lot.path() + scanned).then().statusCode(200)
                .body("serial.scanCount", equalTo(21)).body("serial.verdict", equalTo("SCANNED_MANY_TIMES"));
    }

    @Test
    void shouldStillFindSerialsIssuedBeforeSerialsWereSigned() throws Exception {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());
        generate(tea.producerToken(), lot.id(), 1).then().statusCode(201);
        String signed = serials(tea, lot).get(0);
        // a unit issued before signing: ten random characters, no signature
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into serial (product_id, serial, lot_id, batch_id, seq) select product_id, 'UNSIGNED23', "
                        + "lot_id, batch_id, 2 from serial where product_id = ? and serial = ?")) {
            insert.setObject(1, tea.product().productId());
            insert.setString(2, signed);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        String lotPath = "/01/" + tea.gtin14() + "/10/" + lot.code() + "/21/";
        given().accept(ContentType.JSON).when().get(lotPath + signed).then().statusCode(200)
                .body("serial.verdict", equalTo("AUTHENTIC"));

        given().accept(ContentType.JSON).when().get(lotPath + "UNSIGNED23").then().statusCode(200)
                .body("serial.verdict", equalTo("AUTHENTIC")).body("serial.scanCount", equalTo(1));
        given().accept(ContentType.JSON).when().get(lotPath + "UNSIGNED24").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept(ContentType.JSON).when().get("/01/" + tea.gtin14() + "/21/UNSIGNED23").then().statusCode(200)
                .body("serial.scanCount", equalTo(2));
    }

    private static String nextInAlphabet(String serial) {
        StringBuilder next = new StringBuilder();
        for (char c : serial.toCharArray()) {
            int at = SerialCodes.ALPHABET.indexOf(c);
            next.append(SerialCodes.ALPHABET.charAt((at + 1) % SerialCodes.ALPHABET.length()));
        }
        return next.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutScanCount(Map<String, Object> record) {
        Map<String, Object> copy = new HashMap<>(record);
        Map<String, Object> serial = new HashMap<>((Map<String, Object>) copy.get("serial"));
        serial.remove("scanCount");
        copy.put("serial", serial);
        return copy;
    }

    @Test
    void shouldCountTheScansOfALotAndOfItsProductForTheProducer() {
        Registered tea = aRegisteredProductWithGtin();
        Lot spring = TemporaryLots.insert(dataSource, tea.product().productId());
        Lot autumn = TemporaryLots.insert(dataSource, tea.product().productId());
        generate(tea.producerToken(), spring.id(), 5).then().statusCode(201);
        generate(tea.producerToken(), autumn.id(), 3).then().statusCode(201);
        List<String> springSerials = serials(tea, spring);
        List<String> autumnSerials = serials(tea, autumn);
        UUID product = tea.product().productId();
        OffsetDateTime now = OffsetDateTime.now();

        // spring: unit 0 in Hà Nội then Sài Gòn ten minutes later (authentic, suspicious), unit 1 once, unlocated
        verifier.scan(product, spring.code(), springSerials.get(0),
                new ScanContext(now.minusMinutes(10), HA_NOI_LAT, HA_NOI_LON, PHONE));
        verifier.scan(product, spring.code(), springSerials.get(0),
                new ScanContext(now, HO_CHI_MINH_LAT, HO_CHI_MINH_LON, PHONE));
        verifier.scan(product, null, springSerials.get(1), nowhere());
        // a fake code claiming the spring lot, and an autumn unit scanned with the spring lot code
        verifier.scan(product, spring.code(), "FAKE234567", at(HA_NOI_LAT, HA_NOI_LON));
        verifier.scan(product, spring.code(), autumnSerials.get(0), nowhere());
        // autumn: unit 0 twelve times (ten authentic, two scanned many times)
        for (int i = 0; i < 12; i++) {
            verifier.scan(product, autumn.code(), autumnSerials.get(1), nowhere());
        }

        JsonPath lot = given().auth().oauth2(tea.producerToken()).when().get("/lots/{id}/scan-stats", spring.id())
                .then().statusCode(200).extract().jsonPath();
        assertThat(lot.getString("scope")).isEqualTo("lot");
        assertThat(lot.getLong("totalScans")).isEqualTo(5);
        assertThat(lot.getLong("serialsIssued")).isEqualTo(5);
        assertThat(lot.getLong("distinctSerialsScanned")).isEqualTo(2);
        assertThat(lot.getLong("byVerdict.AUTHENTIC")).isEqualTo(2);
        assertThat(lot.getLong("byVerdict.SUSPICIOUS")).isEqualTo(1);
        assertThat(lot.getLong("byVerdict.SCANNED_MANY_TIMES")).isZero();
        assertThat(lot.getLong("byVerdict.UNKNOWN_SERIAL")).isEqualTo(2);
        assertThat(lot.getList("byDay")).hasSize(30);
        assertThat(lot.getLong("byDay.scans.sum()")).isEqualTo(5);
        assertThat(lot.getString("byDay[29].date"))
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        assertThat(lot.getList("byLocation")).hasSize(2);
        assertThat(lot.getDouble("byLocation[0].latitude")).isEqualTo(21.0);
        assertThat(lot.getDouble("byLocation[0].longitude")).isEqualTo(105.9);
        assertThat(lot.getLong("byLocation[0].scans")).isEqualTo(2);
        assertThat(lot.getDouble("byLocation[1].latitude")).isEqualTo(10.8);
        assertThat(lot.getDouble("byLocation[1].longitude")).isEqualTo(106.6);

        JsonPath all = given().auth().oauth2(adminToken()).when().get("/products/{id}/scan-stats", product)
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getString("scope")).isEqualTo("product");
        assertThat(all.getLong("totalScans")).isEqualTo(17);
        assertThat(all.getLong("serialsIssued")).isEqualTo(8);
        assertThat(all.getLong("distinctSerialsScanned")).isEqualTo(3);
        assertThat(all.getLong("byVerdict.AUTHENTIC")).isEqualTo(12);
        assertThat(all.getLong("byVerdict.SCANNED_MANY_TIMES")).isEqualTo(2);
        assertThat(all.getLong("byVerdict.SUSPICIOUS")).isEqualTo(1);
        assertThat(all.getLong("byVerdict.UNKNOWN_SERIAL")).isEqualTo(2);

        given().auth().oauth2(producerToken(UUID.randomUUID())).when().get("/products/{id}/scan-stats", product)
                .then().statusCode(403);
        given().when().get("/lots/{id}/scan-stats", spring.id()).then().statusCode(401);
        given().auth().oauth2(adminToken()).when().get("/lots/{id}/scan-stats", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private record Unit(UUID productId, String gtin14, Lot lot, String serial) {

        String path() {
            return "/01/" + gtin14 + "/10/" + lot.code() + "/21/" + serial;
        }
    }

    /** A product's lot with issued serials, and the Digital Link path its serials follow. */
    private record IssuedLot(Registered product, Lot lot, List<String> serials) {

        String path() {
            return "/01/" + product.gtin14() + "/10/" + lot.code() + "/21/";
        }
    }

    private IssuedLot anIssuedLot(int count) {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());
        generate(tea.producerToken(), lot.id(), count).then().statusCode(201);
        return new IssuedLot(tea, lot, serials(tea, lot));
    }

    /** A product with a lot and one issued serial. */
    private Unit anIssuedUnit() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());
        generate(tea.producerToken(), lot.id(), 1).then().statusCode(201);
        return new Unit(tea.product().productId(), tea.gtin14(), lot, serials(tea, lot).get(0));
    }

    private static List<String> serials(Registered product, Lot lot) {
        return given().auth().oauth2(product.producerToken()).when().get("/lots/{id}/serials?size=1000", lot.id())
                .then().statusCode(200).extract().jsonPath().getList("items.serial", String.class);
    }

    private SerialScan scan(Unit unit, OffsetDateTime at, double latitude, double longitude) {
        return verifier.scan(unit.productId(), unit.lot().code(), unit.serial(),
                new ScanContext(at, latitude, longitude, PHONE));
    }

    private static ScanContext at(double latitude, double longitude) {
        return new ScanContext(OffsetDateTime.now(), latitude, longitude, PHONE);
    }

    private static ScanContext nowhere() {
        return new ScanContext(OffsetDateTime.now(), null, null, PHONE);
    }
}
