package vn.ocop.traceability.support;

import vn.ocop.contract.CertificateData;
import vn.ocop.contract.Gtin;
import vn.ocop.contract.ProducerData;
import vn.ocop.contract.ProductData;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Small builders of registry payloads, with the facts of seed 000 (Phú Bình, Thái Nguyên) as defaults. */
public final class TestData {

    private static final AtomicLong GTIN_SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private TestData() {
    }

    public static ProducerBuilder aProducer() {
        return new ProducerBuilder();
    }

    public static ProductBuilder aProduct() {
        return new ProductBuilder();
    }

    public static CertificateBuilder aCertificate() {
        return new CertificateBuilder();
    }

    /** A fresh, valid GTIN-13 in the Vietnamese 893 prefix. */
    public static String aGtin13() {
        String body = "893" + String.format("%09d", GTIN_SEQUENCE.incrementAndGet() % 1_000_000_000L);
        return body + Gtin.checkDigit(body);
    }

    /** Builds {@link ProducerData}. */
    public static final class ProducerBuilder {
        UUID id = UUID.randomUUID();
        String name = "Hộ kinh doanh Hoàng Văn Hoan";
        long version = 1;

        public ProducerBuilder withId(UUID id) {
            this.id = id;
            return this;
        }

        public ProducerBuilder named(String name) {
            this.name = name;
            return this;
        }

        public ProducerBuilder atVersion(long version) {
            this.version = version;
            return this;
        }

        public ProducerData build() {
            return new ProducerData(id, name, "HKD", null, "05908", "Phú Bình", "19", "Thái Nguyên",
                    "Xóm Phẩm 1, xã Dương Thành", 6, version);
        }
    }

    /** Builds {@link ProductData}. */
    public static final class ProductBuilder {
        UUID id = UUID.randomUUID();
        String name = "Cao ngựa bạch Hoan Hoa";
        String gtin;
        ProducerData producer = aProducer().build();
        java.util.List<vn.ocop.contract.ImageData> images;

        public ProductBuilder named(String name) {
            this.name = name;
            return this;
        }

        public ProductBuilder withGtin(String gtin) {
            this.gtin = gtin;
            return this;
        }

        public ProductBuilder by(ProducerData producer) {
            this.producer = producer;
            return this;
        }

        public ProductBuilder withImages(java.util.List<vn.ocop.contract.ImageData> images) {
            this.images = images;
            return this;
        }

        public ProductData build() {
            return new ProductData(id, name, "HERBAL", "Thảo dược", gtin,
                    "Cao ngựa bạch nấu theo phương pháp truyền thống", 1, producer, images);
        }
    }

    /** Builds {@link CertificateData}: a fresh 3-star certificate decided today, valid 36 months. */
    public static final class CertificateBuilder {
        UUID id = UUID.randomUUID();
        UUID productId;
        int stars = 3;
        LocalDate decisionDate = LocalDate.now().minusDays(1);
        LocalDate validUntil;
        OffsetDateTime revokedAt;
        String revocationReason;
        boolean expiredByRegistry;

        public CertificateBuilder forProduct(ProductData product) {
            this.productId = product.productId();
            return this;
        }

        public CertificateBuilder withStars(int stars) {
            this.stars = stars;
            return this;
        }

        public CertificateBuilder decidedOn(LocalDate date) {
            this.decisionDate = date;
            return this;
        }

        public CertificateBuilder validUntil(LocalDate date) {
            this.validUntil = date;
            return this;
        }

        /** The same certificate, revoked now for {@code reason}. */
        public CertificateBuilder revokedFor(String reason) {
            this.revokedAt = OffsetDateTime.now();
            this.revocationReason = reason;
            return this;
        }

        /** The same certificate as the registry reports it once its expiry run has expired it. */
        public CertificateBuilder expiredByRegistry() {
            this.expiredByRegistry = true;
            return this;
        }

        public CertificateData build() {
            LocalDate until = validUntil != null ? validUntil : decisionDate.plusMonths(36);
            String status = revokedAt != null ? "REVOKED"
                    : expiredByRegistry || until.isBefore(LocalDate.now()) ? "EXPIRED" : "VALID";
            return new CertificateData(id, productId, "OCOP-TN-2025-" + id.toString().substring(0, 6), stars,
                    "UBND tỉnh Thái Nguyên", decisionDate, until, status, revokedAt, revocationReason, null);
        }
    }
}
