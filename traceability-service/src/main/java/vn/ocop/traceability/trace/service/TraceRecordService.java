package vn.ocop.traceability.trace.service;

import vn.ocop.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.contract.DigitalLinks;
import vn.ocop.traceability.media.mapping.ImageJson;
import vn.ocop.traceability.platform.config.ResolverConfig;
import vn.ocop.traceability.platform.config.TimeConfig;
import vn.ocop.traceability.trace.Certificate;
import vn.ocop.traceability.trace.Producer;
import vn.ocop.traceability.trace.Product;
import vn.ocop.traceability.trace.ProductTrace;
import vn.ocop.traceability.trace.repository.CertificateRepository;
import vn.ocop.traceability.trace.repository.ProducerRepository;
import vn.ocop.traceability.trace.repository.ProductRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds trace records as of now: which certificate is current, whether its stars may be shown, which link to print. */
@ApplicationScoped
public class TraceRecordService {

    private final ProductRepository products;
    private final ProducerRepository producers;
    private final CertificateRepository certificates;
    private final ResolverConfig resolver;
    private final Clock clock;

    public TraceRecordService(ProductRepository products, ProducerRepository producers,
                              CertificateRepository certificates, ResolverConfig resolver, Clock clock) {
        this.products = products;
        this.producers = producers;
        this.certificates = certificates;
        this.resolver = resolver;
        this.clock = clock;
    }

    /** The trace record of a product, or a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductTrace byProductId(UUID productId) {
        Product product = products.findByIdOptional(productId)
                .orElseThrow(() -> DomainException.notFound("No product " + productId));
        return trace(product);
    }

    /** The trace record of the product carrying this GTIN-14, or a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductTrace byGtin(String gtin14) {
        Product product = products.findByGtin(gtin14)
                .orElseThrow(() -> DomainException.notFound("No product with GTIN " + gtin14));
        return trace(product);
    }

    /** The Digital Link URI of a product, or a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String digitalLink(UUID productId) {
        Product product = products.findByIdOptional(productId)
                .orElseThrow(() -> DomainException.notFound("No product " + productId));
        return links().product(product.id, product.gtin);
    }

    /** What a product's QR code encodes: its Digital Link, compressed with {@code ocop.resolver.compressed-qr}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String qrLink(UUID productId) {
        String link = digitalLink(productId);
        return resolver.compressedQr() ? links().compressed(link) : link;
    }

    private ProductTrace trace(Product product) {
        LocalDate today = TimeConfig.today(clock);
        DigitalLinks links = links();
        Producer producer = producers.findById(product.producerId);
        ProductTrace.CertificateSummary certificate = current(certificates.listByProductNewestFirst(product.id),
                today).map(c -> new ProductTrace.CertificateSummary(c.id, c.number, c.stars, c.issuingAuthority,
                        c.decisionDate, c.validUntil, c.statusOn(today),
                        c.revokedAt, c.revocationReason))
                .orElse(null);
        Integer stars = certificate != null && certificate.status().showsStars() ? certificate.stars() : null;
        String qrBase = links.base() + "/products/" + product.id + "/qr?format=";
        return new ProductTrace(product.id, product.name, product.groupCode, product.groupName, product.gtin,
                product.description, links.product(product.id, product.gtin),
                new ProductTrace.QrLinks(qrBase + "png", qrBase + "svg"),
                producer == null ? null : new ProductTrace.ProducerSummary(producer.id, producer.name, producer.type,
                        producer.address),
                producer == null ? null : new ProductTrace.Location(producer.communeCode, producer.communeName,
                        producer.provinceCode, producer.provinceName),
                certificate, stars, ImageJson.list(product.images));
    }

    /** A valid certificate if there is one (the most recent decision, then the most stars), else the most recent. */
    static Optional<Certificate> current(List<Certificate> newestFirst, LocalDate today) {
        Optional<Certificate> valid = newestFirst.stream()
                .filter(c -> c.statusOn(today).showsStars())
                .min(Comparator.comparing((Certificate c) -> c.decisionDate).reversed()
                        .thenComparing(Comparator.comparingInt((Certificate c) -> c.stars).reversed()));
        return valid.isPresent() ? valid : newestFirst.stream().findFirst();
    }

    private DigitalLinks links() {
        return new DigitalLinks(resolver.baseUrl());
    }
}
