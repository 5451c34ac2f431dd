package vn.ocop.registry.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.DigitalLinks;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.certificate.Certificate;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.certificate.pdf.CertificatePdf;
import vn.ocop.registry.certificate.pdf.CertificatePdfRenderer;
import vn.ocop.registry.certificate.pdf.CertificateSheet;
import vn.ocop.registry.certificate.repository.CertificateRepository;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.security.CallerProvider;
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
 * Owns certificates: recording legacy paper certificates, issuing on a ranking decision (with renewal, upgrade and
 * downgrade), revocation, and which certificate is current for a product. Every change publishes a certificate event
 * through the outbox.
 */
@ApplicationScoped
public class CertificateService {

    /**
     * Months a certificate is valid for (Decision 148/QĐ-TTg): valid until the same day of the month 36 months after
     * the decision date, for recorded and issued certificates alike.
     */
    public static final int VALIDITY_MONTHS = 36;

    /** The lowest star level that is certified as an OCOP product. */
    public static final int CERTIFIED_STARS = 3;

    private final CertificateRepository certificates;
    private final ProductService products;
    private final Event<RegistryFact> facts;
    private final Clock clock;
    private final CallerProvider caller;
    private final DigitalLinks links;
    private final CertificatePdfRenderer renderer;

    public CertificateService(CertificateRepository certificates, ProductService products, Event<RegistryFact> facts,
                              Clock clock, CallerProvider caller, DigitalLinks links, CertificatePdfRenderer renderer) {
        this.certificates = certificates;
        this.products = products;
        this.facts = facts;
        this.clock = clock;
        this.caller = caller;
        this.links = links;
        this.renderer = renderer;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Certificate record(CertificateCommand command) {
        Product product;
        try {
            product = products.get(command.productId());
        } catch (DomainException e) {
            throw DomainException.invalid("productId", "is not a registered product");
        }
        authorize(product);
        String number = TextSearch.clean(command.number());
        certificates.byNumber(number).ifPresent(other -> {
            throw DomainException.conflict("duplicate-certificate-number", "A certificate with this number exists",
                    new FieldError("number", "is already recorded as certificate " + other.id));
        });
        if (command.decisionDate().isAfter(today())) {
            throw DomainException.invalid("decisionDate", "must not be in the future");
        }
        LocalDate validUntil = command.validUntil() != null ? command.validUntil()
                : command.decisionDate().plusMonths(VALIDITY_MONTHS);
        if (!validUntil.isAfter(command.decisionDate())) {
            throw DomainException.invalid("validUntil", "must be after the decision date");
        }
        Certificate certificate = new Certificate();
        certificate.id = UUID.randomUUID();
        certificate.product = product;
        certificate.number = number;
        certificate.stars = command.stars().shortValue();
        certificate.issuingAuthority = TextSearch.clean(command.issuingAuthority());
        certificate.decisionDate = command.decisionDate();
        certificate.validUntil = validUntil;
        certificate.provinceCode = product.producer.commune.province.code;
        certificate.issueYear = command.decisionDate().getYear();
        certificate.createdAt = OffsetDateTime.now(clock);
        certificate.updatedAt = certificate.createdAt;
        certificates.persist(certificate);
        certificates.flush();
        facts.fire(new RegistryFact(EventTypes.CERTIFICATE_ISSUED, product.id, data(certificate)));
        return certificate;
    }

    /**
     * Issues what a ranking decision earns, inside the caller's transaction (the ranking of a dossier, which has
     * authorised the decision; no caller check here).
     * <ul>
     * <li>{@code stars} ≥ 3: a new certificate {@code OCOP-{province}-{year}-{sequence:5}}, numbered in the producer's
     * province and the decision's year, valid {@value #VALIDITY_MONTHS} months from the decision date. When the product
     * holds a valid certificate, that one is superseded by the new one and the event is certificate.renewed (same
     * stars), .upgraded or .downgraded with {@code previousStars}; otherwise certificate.issued.</li>
     * <li>{@code stars} &lt; 3: no certificate; a valid one ends (revoked with the reason "Hạ xuống N★ khi đánh giá
     * lại") and certificate.downgraded carries the new stars and {@code previousStars}. Returns null.</li>
     * </ul>
     */
    @Transactional
    public Certificate issueOnRanking(Product product, int stars, String issuingAuthority, UUID dossierId,
                                      LocalDate decisionDate) {
        if (stars < 1 || stars > 5) {
            throw DomainException.invalid("stars", "must be between 1 and 5");
        }
        if (issuingAuthority == null || issuingAuthority.isBlank()) {
            throw DomainException.invalid("issuingAuthority", "must not be blank");
        }
        if (decisionDate == null || decisionDate.isAfter(today())) {
            throw DomainException.invalid("decisionDate", "must be given and not in the future");
        }
        certificates.lockProduct(product.id);
        LocalDate today = today();
        List<Certificate> valid = certificates.ofProducts(List.of(product.id)).stream()
                .filter(c -> c.statusOn(today) == CertificateStatus.VALID).toList();
        Certificate previous = valid.isEmpty() ? null : valid.get(0);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (stars < CERTIFIED_STARS) {
            for (Certificate ended : valid) {
                ended.revokedAt = now;
                ended.revocationReason = "Hạ xuống " + stars + "★ khi đánh giá lại";
                ended.updatedAt = now;
            }
            certificates.flush();
            for (Certificate ended : valid) {
                facts.fire(new RegistryFact(EventTypes.CERTIFICATE_DOWNGRADED, product.id,
                        data(ended, stars, (int) ended.stars)));
            }
            return null;
        }
        Certificate certificate = new Certificate();
        certificate.id = UUID.randomUUID();
        certificate.product = product;
        certificate.provinceCode = product.producer.commune.province.code;
        certificate.issueYear = decisionDate.getYear();
        do {
            certificate.sequence = certificates.nextSequence(certificate.provinceCode, certificate.issueYear);
            certificate.number = String.format("OCOP-%s-%d-%05d", certificate.provinceCode, certificate.issueYear,
                    certificate.sequence);
        } while (certificates.byNumber(certificate.number).isPresent()); // a recorded paper number may look alike
        certificate.stars = (short) stars;
        certificate.issuingAuthority = TextSearch.clean(issuingAuthority);
        certificate.decisionDate = decisionDate;
        certificate.validUntil = decisionDate.plusMonths(VALIDITY_MONTHS);
        certificate.dossierId = dossierId;
        certificate.createdAt = now;
        certificate.updatedAt = now;
        certificates.persist(certificate);
        certificates.flush();
        for (Certificate replaced : valid) {
            replaced.supersededBy = certificate.id;
            replaced.updatedAt = now;
        }
        certificates.flush();
        String type = previous == null ? EventTypes.CERTIFICATE_ISSUED
                : stars == previous.stars ? EventTypes.CERTIFICATE_RENEWED
                : stars > previous.stars ? EventTypes.CERTIFICATE_UPGRADED
                : EventTypes.CERTIFICATE_DOWNGRADED;
        facts.fire(new RegistryFact(type, product.id,
                data(certificate, stars, previous == null ? null : (int) previous.stars)));
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

    /** The certificate as a Vietnamese PDF with its status as of today and the product's QR code. */
    @Transactional
    public CertificatePdf pdf(UUID id) {
        Certificate c = get(id);
        Product p = c.product;
        CertificateSheet sheet = new CertificateSheet(c.number, p.name, p.producer.name, p.producer.address,
                p.producer.commune.fullName, p.producer.commune.province.fullName, c.stars, c.issuingAuthority,
                c.decisionDate, c.validUntil, c.statusOn(today()), today(), links.product(p.id, p.gtin),
                OffsetDateTime.now(clock));
        String fileName = c.number.replaceAll("[^A-Za-z0-9._-]+", "_") + ".pdf";
        return new CertificatePdf(fileName, renderer.render(sheet));
    }

    @Transactional
    public List<Certificate> ofProduct(UUID productId) {
        products.get(productId);
        return certificates.ofProducts(List.of(productId));
    }

    /**
     * The current certificate of each product: the most recent valid one, otherwise the most recent one (so a lapsed
     * or revoked certificate is still shown as such); superseded certificates never count. Products without any
     * certificate are absent.
     */
    @Transactional
    public Map<UUID, Certificate> currentOf(Collection<UUID> productIds) {
        LocalDate today = today();
        Comparator<Certificate> preference = Comparator
                .comparing((Certificate c) -> c.statusOn(today) == CertificateStatus.VALID)
                .thenComparing(c -> c.decisionDate).thenComparing(c -> c.createdAt);
        return certificates.ofProducts(productIds).stream().filter(c -> c.supersededBy == null).collect(Collectors.toMap(c -> c.product.id, c -> c,
                (a, b) -> preference.compare(a, b) >= 0 ? a : b, LinkedHashMap::new));
    }

    private void authorize(Product product) {
        caller.current().requireLocation(product.producer.commune.code, product.producer.commune.province.code);
    }

    public CertificateData data(Certificate c) {
        return data(c, c.stars, null);
    }

    /** The certificate as an event payload, with the stars the event reports and the stars it replaces. */
    private CertificateData data(Certificate c, int stars, Integer previousStars) {
        return new CertificateData(c.id, c.product.id, c.number, stars, c.issuingAuthority, c.decisionDate,
                c.validUntil, c.statusOn(today()).name(), c.revokedAt, c.revocationReason, previousStars);
    }
}
