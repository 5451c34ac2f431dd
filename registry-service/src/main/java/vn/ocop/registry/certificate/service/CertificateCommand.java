package vn.ocop.registry.certificate.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate already issued on paper, to record for a product: what the API's certificate request or an import row
 * says ({@code validUntil} null: the decision date + 36 months).
 */
public record CertificateCommand(UUID productId, String number, Integer stars, String issuingAuthority,
                                 LocalDate decisionDate, LocalDate validUntil) {
}
