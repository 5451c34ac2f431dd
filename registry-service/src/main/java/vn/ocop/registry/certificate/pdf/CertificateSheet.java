package vn.ocop.registry.certificate.pdf;

import vn.ocop.registry.certificate.CertificateStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a certificate PDF shows: the certificate, its product and producer with their commune and province, the status
 * as of {@code asOf}, and the product's Digital Link URI for the QR code.
 */
public record CertificateSheet(String number, String productName, String producerName, String producerAddress,
                               String communeName, String provinceName, int stars, String issuingAuthority,
                               LocalDate decisionDate, LocalDate validUntil, CertificateStatus status, LocalDate asOf,
                               String digitalLink, OffsetDateTime printedAt) {
}
