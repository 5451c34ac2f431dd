package vn.ocop.registry.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.certificate.Certificate;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.certificate.repository.CertificateRepository;
import vn.ocop.registry.certificate.rest.CertificateRequest;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.registry.platform.problem.DomainException;
import vn.ocop.registry.platform.problem.FieldError;
import vn.ocop.registry.platform.security.CallerScope;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.service.ProductService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Owns certificates: recording (legacy paper certificates now, council decisions later), revocation, and which
 * certificate is current for a product. Every change publishes a certificate event through the outbox.
 */
@ApplicationScoped
public class CertificateService {

    /** Months a certificate is valid for by default (Decision 148/QĐ-TTg). */
    public static final int VALIDITY_MONTHS = 36;

    private final CertificateRepository certificates;
    private final ProductService products;
    private final Event<RegistryFact> facts;
    private final Clock clock;
    private final CallerScope caller;

    public CertificateService(CertificateRepository certificates, ProductService products, Event<RegistryFact> facts,
                              Clock clock, CallerScope caller) {
        this.certificates = certificates;
        this.products = products;
        this.facts = facts;
        this.clock = clock;
        this.caller = caller;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Certificate record(CertificateRequest request) {
        Product product;
        try {
            product = products.get(request.productId());
        } catch (DomainException e) {
            throw DomainException.invalid("productId", "is not a registered product");
        }
        authorize(product);
        String number = TextSearch.clean(request.number());
        certificates.byNumber(number).ifPresent(other -> {
            throw DomainException.conflict("duplicate-certificate-number", "A certificate with this number exists",
                    new FieldError("number", "is already recorded as certificate " + other.id));
        });
        if (request.decisionDate().isAfter(today())) {
            throw DomainException.invalid("decisionDate", "must not be in the future");
        }
        LocalDate validUntil = request.validUntil() != null ? request.validUntil()
                : request.decisionDate().plusMonths(VALIDITY_MONTHS);
        if (!validUntil.isAfter(request.decisionDate())) {
            throw DomainException.invalid("validUntil", "must be after the decision date");
        }
        Certificate certificate = new Certificate();
        certificate.id = UUID.randomUUID();
        certificate.product = product;
        certificate.number = number;
        certificate.stars = request.stars().shortValue();
        certificate.issuingAuthority = TextSearch.clean(request.issuingAuthority());
        certificate.decisionDate = request.decisionDate();
        certificate.validUntil = validUntil;
        certificate.createdAt = OffsetDateTime.now(clock);
        certificate.updatedAt = certificate.createdAt;
        certificates.persist(certificate);
        certificates.flush();
        facts.fire(new RegistryFact(EventTypes.CERTIFICATE_ISSUED, product.id, data(certificate)));
        return certificate;
    }

    @Transactional
    public Certificate revoke(UUID id, String reason) {
        Certificate certificate = get(id);
        authorize(certificate.product);
        if (certificate.revokedAt != null) {
            throw DomainException.conflict("already-revoked", "The certificate was revoked on " + certificate.revokedAt);
        }
        certificate.revokedAt = OffsetDateTime.now(clock);
        certificate.revocationReason = TextSearch.clean(reason);
        certificate.updatedAt = certificate.revokedAt;
        certificates.flush();
        facts.fire(new RegistryFact(EventTypes.CERTIFICATE_REVOKED, certificate.product.id, data(certificate)));
        return certificate;
    }

    @Transactional
    public Certificate get(UUID id) {
        return certificates.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Certificate", id));
    }

    @Transactional
    public List<Certificate> ofProduct(UUID productId) {
        products.get(productId);
        return certificates.ofProducts(List.of(productId));
    }

    /**
     * The current certificate of each product: the most recent valid one, otherwise the most recent one (so a lapsed
     * or revoked certificate is still shown as such). Products without any certificate are absent.
     */
    @Transactional
    public Map<UUID, Certificate> currentOf(Collection<UUID> productIds) {
        LocalDate today = today();
        Comparator<Certificate> preference = Comparator
                .comparing((Certificate c) -> c.statusOn(today) == CertificateStatus.VALID)
                .thenComparing(c -> c.decisionDate).thenComparing(c -> c.createdAt);
        return certificates.ofProducts(productIds).stream().collect(Collectors.toMap(c -> c.product.id, c -> c,
                (a, b) -> preference.compare(a, b) >= 0 ? a : b, LinkedHashMap::new));
    }

    private void authorize(Product product) {
        caller.requireLocation(product.producer.commune.code, product.producer.commune.province.code);
    }

    public CertificateData data(Certificate c) {
        return new CertificateData(c.id, c.product.id, c.number, c.stars, c.issuingAuthority, c.decisionDate,
                c.validUntil, c.statusOn(today()).name(), c.revokedAt, c.revocationReason, null);
    }
}
