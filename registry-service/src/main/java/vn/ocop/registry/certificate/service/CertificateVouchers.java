package vn.ocop.registry.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.registry.certificate.Certificate;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.certificate.repository.CertificateRepository;
import vn.ocop.registry.product.service.CertifiedFacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Answers which valid certificate vouches for a product today (revoked, lapsed and superseded ones do not). */
@ApplicationScoped
public class CertificateVouchers implements CertifiedFacts {

    private final CertificateRepository certificates;
    private final Clock clock;

    public CertificateVouchers(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Voucher> validCertificateOf(UUID productId) {
        LocalDate today = LocalDate.now(clock);
        return certificates.ofProducts(List.of(productId)).stream()
                .filter(c -> c.statusOn(today) == CertificateStatus.VALID)
                .findFirst()
                .map((Certificate c) -> new Voucher(c.id, c.number));
    }
}
