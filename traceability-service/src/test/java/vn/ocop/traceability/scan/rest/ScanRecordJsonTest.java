package vn.ocop.traceability.scan.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.ImageData;
import vn.ocop.traceability.platform.config.ResolverConfig;
import vn.ocop.traceability.trace.CertificateStatus;
import vn.ocop.traceability.trace.LotTrace;
import vn.ocop.traceability.trace.ProductTrace;
import vn.ocop.traceability.trace.ScanAnswer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written scan record JSON is byte for byte what Jackson writes for the scan record of the same answer. */
class ScanRecordJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ScanRecordJson json = scanRecordJson();

    @Test
    void shouldWriteASerialScanAsJacksonWritesItsScanRecord() throws Exception {
        ProductTrace product = aCertifiedProduct();
        LotTrace lot = aLotWithAreaAndTimeline();
        ScanAnswer first = new ScanAnswer(product, "https://id.ocop.gov.vn/01/08935000000014/10/L%C3%B41/21/A7",
                lot, new ScanAnswer.SerialCheck("A7", "https://id.ocop.gov.vn/01/08935000000014/10/L%C3%B41/21/A7",
                "AUTHENTIC", 1L, OffsetDateTime.of(2025, 10, 1, 7, 30, 0, 0, ZoneOffset.ofHours(7))));
        ScanAnswer second = new ScanAnswer(product, first.uri(), lot, new ScanAnswer.SerialCheck("A7",
                first.uri(), "SCANNED_MANY_TIMES", 12L, first.serial().firstScannedAt()));

        assertThat(text(json.write(first))).isEqualTo(jackson(first));
        // the product and lot parts now come from the cache
        assertThat(text(json.write(second))).isEqualTo(jackson(second));
    }

    @Test
    void shouldWriteAProductAnswerWithItsNullsAsJacksonDoes() throws Exception {
        ProductTrace bare = new ProductTrace(UUID.randomUUID(), "Trà \"Shan Tuyết\"\n", null, null, null, null,
                "https://id.ocop.gov.vn/p/1", new ProductTrace.QrLinks("https://q/png", "https://q/svg"), null, null,
                null, null, List.of());
        ScanAnswer answer = ScanAnswer.ofProduct(bare);
        ScanAnswer unverified = new ScanAnswer(bare, "https://id.ocop.gov.vn/01/08935000000014/21/Z9", null,
                new ScanAnswer.SerialCheck("Z9", "https://id.ocop.gov.vn/01/08935000000014/21/Z9", null, null, null));

        assertThat(text(json.write(answer))).isEqualTo(jackson(answer));
        assertThat(text(json.write(unverified))).isEqualTo(jackson(unverified));
    }

    private static String jackson(ScanAnswer answer) throws Exception {
        return text(MAPPER.writeValueAsBytes(ScanRecord.of(answer)));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static ScanRecordJson scanRecordJson() {
        ScanRecordJson writer = new ScanRecordJson(MAPPER, new ResolverConfig() {
            @Override
            public String baseUrl() {
                return "https://id.ocop.gov.vn";
            }

            @Override
            public String registryUrl() {
                return "http://localhost:8081";
            }

            @Override
            public Duration recordTtl() {
                return Duration.ofMinutes(1);
            }

            @Override
            public boolean compressedQr() {
                return false;
            }
        });
        writer.cache();
        return writer;
    }

    private static ProductTrace aCertifiedProduct() {
        ImageData image = new ImageData("ab12", 1200, 800, "Nước mắm Cát Hải", null, List.of(
                new ImageData.Variant("480", 480, 320, "image/webp", "https://img/ab12-480.webp")));
        return new ProductTrace(UUID.randomUUID(), "Nước mắm Cát Hải", "01", "Thực phẩm", "08935000000014",
                "Cá cơm & muối biển", "https://id.ocop.gov.vn/01/08935000000014",
                new ProductTrace.QrLinks("https://q/png", "https://q/svg"),
                new ProductTrace.ProducerSummary(UUID.randomUUID(), "HTX Cát Hải", "HTX", "Thị trấn Cát Hải"),
                new ProductTrace.Location("31234", "Cát Hải", "31", "Hải Phòng"),
                new ProductTrace.CertificateSummary(UUID.randomUUID(), "OCOP-31-0042", 4, "UBND TP Hải Phòng",
                        LocalDate.of(2024, 5, 2), LocalDate.of(2027, 5, 2), CertificateStatus.VALID, null, null),
                4, List.of(image));
    }

    private static LotTrace aLotWithAreaAndTimeline() {
        return new LotTrace(UUID.randomUUID(), "Lô1", "https://id.ocop.gov.vn/01/08935000000014/10/L%C3%B41",
                LocalDate.of(2025, 9, 30), null, new BigDecimal("120.500"), "lít",
                new LotTrace.GrowingAreaSummary(UUID.randomUUID(), "Vùng cá cơm", "31234", "Cát Hải", "Hải Phòng",
                        "Cá cơm", "ANIMAL", new BigDecimal("20.786000"), new BigDecimal("106.894000"),
                        new BigDecimal("12.5"), null),
                "https://id.ocop.gov.vn/lots/1/epcis", 2, List.of(
                new LotTrace.TimelineEntry("2025-09-30T07:30:00+07:00", "+07:00", "ObjectEvent", "commissioning",
                        "active", "Vùng cá cơm, Cát Hải", "HTX Cát Hải"),
                new LotTrace.TimelineEntry("2025-10-01T09:00:00+07:00", "+07:00", "ObjectEvent", "shipping", null,
                        null, "Nhà phân phối")));
    }
}
