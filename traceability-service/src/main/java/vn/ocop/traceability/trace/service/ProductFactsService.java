package vn.ocop.traceability.trace.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.traceability.platform.config.TimeConfig;
import vn.ocop.traceability.trace.CertificateStatus;
import vn.ocop.traceability.trace.Producer;
import vn.ocop.traceability.trace.Product;
import vn.ocop.traceability.trace.repository.CertificateRepository;
import vn.ocop.traceability.trace.repository.ProducerRepository;
import vn.ocop.traceability.trace.repository.ProductRepository;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The projected registry facts other features of this service need (lots, EPCIS events), as plain records: who makes a
 * product, which GTIN it carries, where a producer is and where its newest certificate stands today.
 */
@ApplicationScoped
public class ProductFactsService {

    /** A product as projected from the registry. */
    public record ProductFacts(UUID id, UUID producerId, String name, String gtin) {
    }

    /** A producer as projected from the registry, with its commune and province. */
    public record ProducerFacts(UUID id, String name, String communeCode, String communeName, String provinceCode,
                                String provinceName) {
    }

    /** A certificate and its status as of today. */
    public record CertificateFacts(UUID id, String number, int stars, CertificateStatus status) {
    }

    private final ProductRepository products;
    private final ProducerRepository producers;
    private final CertificateRepository certificates;
    private final Clock clock;

    public ProductFactsService(ProductRepository products, ProducerRepository producers,
                               CertificateRepository certificates, Clock clock) {
        this.products = products;
        this.producers = producers;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProductFacts> product(UUID productId) {
        return products.findByIdOptional(productId).map(ProductFactsService::facts);
    }

    /** The product carrying this GTIN-14. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProductFacts> productByGtin(String gtin14) {
        return products.findByGtin(gtin14).map(ProductFactsService::facts);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProducerFacts> producer(UUID producerId) {
        return producers.findByIdOptional(producerId).map(ProductFactsService::facts);
    }

    /** The product's most recent certificate decision, with its status today (the only basis to accept its lots). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CertificateFacts> newestCertificate(UUID productId) {
        return certificates.listByProductNewestFirst(productId).stream().findFirst()
                .map(c -> new CertificateFacts(c.id, c.number, c.stars, c.statusOn(TimeConfig.today(clock))));
    }

    private static ProductFacts facts(Product p) {
        return new ProductFacts(p.id, p.producerId, p.name, p.gtin);
    }

    private static ProducerFacts facts(Producer p) {
        return new ProducerFacts(p.id, p.name, p.communeCode, p.communeName, p.provinceCode, p.provinceName);
    }
}
