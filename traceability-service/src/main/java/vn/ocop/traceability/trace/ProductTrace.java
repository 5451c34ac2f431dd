package vn.ocop.traceability.trace;

import vn.ocop.contract.ImageData;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The read model of a product as a scan shows it, shared by the trace, scan and resolver features: the product, its
 * producer and place, its Digital Link and QR codes, its images, and its current certificate with validity computed
 * as of now. {@code stars} is set only while the certificate is valid; {@code producer}, {@code location} and
 * {@code certificate} are null when unknown.
 */
public record ProductTrace(UUID productId, String name, String groupCode, String groupName, String gtin,
                           String description, String digitalLink, QrLinks qr, ProducerSummary producer,
                           Location location, CertificateSummary certificate, Integer stars, List<ImageData> images) {

    /** Where to fetch the product's QR code images. */
    public record QrLinks(String png, String svg) {
    }

    /** The producer (chủ thể) of the product: DN, HTX, THT or HKD. */
    public record ProducerSummary(UUID id, String name, String type, String address) {
    }

    /** The commune and province of the producer (administrative units in force since 2025-07-01). */
    public record Location(String communeCode, String communeName, String provinceCode, String provinceName) {
    }

    /** A certificate with its validity as of now. */
    public record CertificateSummary(UUID id, String number, int stars, String issuingAuthority,
                                     LocalDate decisionDate, LocalDate validUntil, CertificateStatus status,
                                     OffsetDateTime revokedAt, String revocationReason) {
    }
}
