package vn.ocop.registry.support;

import io.restassured.http.ContentType;
import vn.ocop.contract.Gtin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** Small builders of test data that go through the public API: {@code aProducer().inCommune("05908").create()}. */
public final class Fixtures {

    public static final String PHU_BINH = "05908";
    public static final String THAI_NGUYEN = "19";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Fixtures() {
    }

    /** A fresh, unique, valid GTIN-13 with the Vietnamese 893 prefix. */
    public static String aGtin13() {
        String body = "893" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
        return body + Gtin.checkDigit(body);
    }

    public static ProducerBuilder aProducer() {
        return new ProducerBuilder();
    }

    public static ProductBuilder aProduct(UUID producerId) {
        return new ProductBuilder(producerId);
    }

    public static CertificateBuilder aCertificate(UUID productId) {
        return new CertificateBuilder(productId);
    }

    /** A producer request; {@link #create()} registers it as admin and returns its id. */
    public static final class ProducerBuilder {
        public final Map<String, Object> body = new HashMap<>(Map.of(
                "name", "Hộ kinh doanh thử nghiệm " + SEQUENCE.incrementAndGet(),
                "type", "HKD",
                "communeCode", PHU_BINH,
                "address", "Xóm Phẩm 1, Dương Thành",
                "workers", 6));

        public ProducerBuilder named(String name) {
            body.put("name", name);
            return this;
        }

        public ProducerBuilder inCommune(String code) {
            body.put("communeCode", code);
            return this;
        }

        public ProducerBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public UUID create() {
            return UUID.fromString(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                    .post("/producers").then().statusCode(201).extract().path("id"));
        }
    }

    /** A product request; {@link #create()} registers it as admin and returns its id. */
    public static final class ProductBuilder {
        public final Map<String, Object> body = new HashMap<>();

        ProductBuilder(UUID producerId) {
            body.put("producerId", producerId.toString());
            body.put("name", "Sản phẩm thử " + SEQUENCE.incrementAndGet());
            body.put("groupCode", "FOOD");
        }

        public ProductBuilder named(String name) {
            body.put("name", name);
            return this;
        }

        public ProductBuilder inGroup(String code) {
            body.put("groupCode", code);
            return this;
        }

        public ProductBuilder withGtin(String gtin) {
            body.put("gtin", gtin);
            return this;
        }

        public UUID create() {
            return UUID.fromString(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                    .post("/products").then().statusCode(201).extract().path("id"));
        }
    }

    /** A certificate request (4★ decided today by default); {@link #record()} returns the certificate id. */
    public static final class CertificateBuilder {
        public final Map<String, Object> body = new HashMap<>();

        CertificateBuilder(UUID productId) {
            body.put("productId", productId.toString());
            body.put("number", "QĐ-" + SEQUENCE.incrementAndGet() + "/UBND");
            body.put("stars", 4);
            body.put("issuingAuthority", "UBND tỉnh Thái Nguyên");
            body.put("decisionDate", LocalDate.now().toString());
        }

        public CertificateBuilder stars(int stars) {
            body.put("stars", stars);
            return this;
        }

        public CertificateBuilder decidedOn(LocalDate date) {
            body.put("decisionDate", date.toString());
            return this;
        }

        public UUID record() {
            return UUID.fromString(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                    .post("/certificates").then().statusCode(201).extract().path("id"));
        }
    }
}
