package vn.ocop.systemtests;

import vn.ocop.contract.Gtin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Small builders of registry requests: {@code aProducer().inCommune("05908")}, {@code aProduct(producerId)}, … */
final class TestData {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 10_000_000L * 10);

    private TestData() {
    }

    /** A GTIN-13 no other test (nor the demo data, prefix 8935) uses: prefix 8936, check digit computed. */
    static String aFreshGtin() {
        String first12 = "8936" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
        return first12 + Gtin.checkDigit(first12);
    }

    static String unique(String text) {
        return text + " " + Long.toString(SEQUENCE.incrementAndGet(), 36);
    }

    static ProducerRequest aProducer() {
        return new ProducerRequest();
    }

    static ProductRequest aProduct(String producerId) {
        return new ProductRequest(producerId);
    }

    static CertificateRequest aCertificate(String productId) {
        return new CertificateRequest(productId);
    }

    static final class ProducerRequest {
        final Map<String, Object> body = new LinkedHashMap<>();

        ProducerRequest() {
            body.put("name", unique("Hợp tác xã Nông nghiệp Dương Thành"));
            body.put("type", "HTX");
            body.put("communeCode", "05908");
            body.put("address", "Xóm Phẩm 1, Dương Thành");
            body.put("contactName", "Hoàng Văn Hoan");
            body.put("workers", 12);
        }

        ProducerRequest inCommune(String communeCode) {
            body.put("communeCode", communeCode);
            return this;
        }

        ProducerRequest ofType(String type) {
            body.put("type", type);
            return this;
        }
    }

    static final class ProductRequest {
        final Map<String, Object> body = new LinkedHashMap<>();

        ProductRequest(String producerId) {
            body.put("producerId", producerId);
            body.put("name", unique("Cao ngựa bạch"));
            body.put("groupCode", "HERBAL");
            body.put("description", "Hộp 100 g");
        }

        ProductRequest withGtin(String gtin) {
            body.put("gtin", gtin);
            return this;
        }

        ProductRequest named(String name) {
            body.put("name", name);
            return this;
        }
    }

    static final class CertificateRequest {
        final Map<String, Object> body = new LinkedHashMap<>();

        CertificateRequest(String productId) {
            body.put("productId", productId);
            body.put("number", unique("QĐ-UBND").replace(' ', '/'));
            body.put("stars", 3);
            body.put("issuingAuthority", "UBND tỉnh Thái Nguyên");
            body.put("decisionDate", LocalDate.now().minusDays(10).toString());
        }

        CertificateRequest withStars(int stars) {
            body.put("stars", stars);
            return this;
        }

        CertificateRequest validUntil(LocalDate date) {
            body.put("validUntil", date.toString());
            return this;
        }

        CertificateRequest decidedOn(LocalDate date) {
            body.put("decisionDate", date.toString());
            return this;
        }
    }
}
