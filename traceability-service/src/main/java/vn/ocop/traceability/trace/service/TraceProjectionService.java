package vn.ocop.traceability.trace.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.ProducerData;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.media.mapping.ImageJson;
import vn.ocop.traceability.trace.Certificate;
import vn.ocop.traceability.trace.Producer;
import vn.ocop.traceability.trace.Product;
import vn.ocop.traceability.trace.repository.CertificateRepository;
import vn.ocop.traceability.trace.repository.ProducerRepository;
import vn.ocop.traceability.trace.repository.ProductRepository;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Keeps the trace records in step with registry facts. Producer and product snapshots carry a version and only a newer
 * one replaces what is stored; a certificate is replaced by its latest state. Runs inside the caller's transaction, so
 * the effect commits together with the processed-event log row.
 */
@ApplicationScoped
public class TraceProjectionService {

    private final ProducerRepository producers;
    private final ProductRepository products;
    private final CertificateRepository certificates;
    private final Clock clock;

    public TraceProjectionService(ProducerRepository producers, ProductRepository products,
                                  CertificateRepository certificates, Clock clock) {
        this.producers = producers;
        this.products = products;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Stores the producer snapshot unless a newer (or the same) version is already stored; true when stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordProducer(ProducerData data) {
        Producer producer = producers.findById(data.producerId());
        if (producer != null && producer.version >= data.version()) {
            return false;
        }
        boolean created = producer == null;
        if (created) {
            producer = new Producer();
            producer.id = data.producerId();
        }
        producer.name = data.name();
        producer.type = data.type();
        producer.taxCode = data.taxCode();
        producer.communeCode = data.communeCode();
        producer.communeName = data.communeName();
        producer.provinceCode = data.provinceCode();
        producer.provinceName = data.provinceName();
        producer.address = data.address();
        producer.workers = data.workers();
        producer.version = data.version();
        producer.updatedAt = now();
        if (created) {
            producers.persist(producer);
        }
        return true;
    }

    /** Stores the product snapshot (and its producer snapshot) unless a newer product version is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordProduct(ProductData data) {
        recordProducer(data.producer());
        producers.flush();
        Product product = products.findById(data.productId());
        if (product != null && product.version >= data.version()) {
            return false;
        }
        boolean created = product == null;
        if (created) {
            product = new Product();
            product.id = data.productId();
        }
        product.producerId = data.producer().producerId();
        product.name = data.name();
        product.groupCode = data.groupCode();
        product.groupName = data.groupName();
        product.gtin = data.gtin();
        product.description = data.description();
        if (data.images() != null) { // events written before images existed leave them as they are
            product.images = ImageJson.write(data.images());
        }
        product.version = data.version();
        product.updatedAt = now();
        if (created) {
            products.persist(product);
        }
        return true;
    }

    /** Replaces the certificate with its latest state (issue, renewal, up/downgrade, revocation, expiry). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCertificate(CertificateData data) {
        Certificate certificate = certificates.findById(data.certificateId());
        boolean created = certificate == null;
        if (created) {
            certificate = new Certificate();
            certificate.id = data.certificateId();
        }
        certificate.productId = data.productId();
        certificate.number = data.number();
        certificate.stars = data.stars();
        certificate.issuingAuthority = data.issuingAuthority();
        certificate.decisionDate = data.decisionDate();
        certificate.validUntil = data.validUntil();
        certificate.registryStatus = data.status();
        certificate.revokedAt = data.revokedAt();
        certificate.revocationReason = data.revocationReason();
        certificate.previousStars = data.previousStars();
        certificate.updatedAt = now();
        if (created) {
            certificates.persist(certificate);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
