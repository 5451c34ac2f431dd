package vn.ocop.traceability.trace.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.contract.ImageData;
import vn.ocop.traceability.trace.CertificateStatus;
import vn.ocop.traceability.trace.ProductTrace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a scan of a product shows: the product, its producer and place, its Digital Link and QR codes, and its current
 * certificate with validity computed as of now. {@code stars} is set only while the certificate is valid.
 */
@Schema(name = "TraceRecord", description = "The public trace record of an OCOP product")
public record TraceRecord(UUID productId, String name, String groupCode, String groupName,
                          @Schema(description = "GTIN-14, or null when the product has none") String gtin,
                          String description,
                          @Schema(description = "GS1 Digital Link URI encoded in the product's QR code") String digitalLink,
                          QrLinks qr, ProducerSummary producer, Location location,
                          @Schema(description = "The current certificate (a valid one if any, else the most recent), or null",
                                  nullable = true) CertificateSummary certificate,
                          @Schema(description = "Stars of a VALID or EXPIRING_SOON certificate; null otherwise",
                                  nullable = true) Integer stars,
                          @Schema(description = "The product's images, the primary one first (URLs served by the "
                                  + "registry)") List<ImageData> images) {

    public static TraceRecord of(ProductTrace p) {
        ProductTrace.QrLinks qr = p.qr();
        ProductTrace.ProducerSummary producer = p.producer();
        ProductTrace.Location location = p.location();
        ProductTrace.CertificateSummary c = p.certificate();
        return new TraceRecord(p.productId(), p.name(), p.groupCode(), p.groupName(), p.gtin(), p.description(),
                p.digitalLink(), qr == null ? null : new QrLinks(qr.png(), qr.svg()),
                producer == null ? null : new ProducerSummary(producer.id(), producer.name(), producer.type(),
                        producer.address()),
                location == null ? null : new Location(location.communeCode(), location.communeName(),
                        location.provinceCode(), location.provinceName()),
                c == null ? null : new CertificateSummary(c.id(), c.number(), c.stars(), c.issuingAuthority(),
                        c.decisionDate(), c.validUntil(), c.status(), c.revokedAt(), c.revocationReason()),
                p.stars(), p.images());
    }

    /** Where to fetch the product's QR code images. */
    @Schema(name = "QrLinks")
    public record QrLinks(String png, String svg) {
    }

    /** The producer (chủ thể) of the product. */
    @Schema(name = "ProducerSummary")
    public record ProducerSummary(UUID id, String name,
                                  @Schema(description = "DN, HTX, THT or HKD") String type, String address) {
    }

    /** The commune and province of the producer (administrative units in force since 2025-07-01). */
    @Schema(name = "Location")
    public record Location(String communeCode, String communeName, String provinceCode, String provinceName) {
    }

    /** A certificate with its validity as of now. */
    @Schema(name = "CertificateSummary")
    public record CertificateSummary(UUID id, String number, int stars, String issuingAuthority,
                                     LocalDate decisionDate, LocalDate validUntil, CertificateStatus status,
                                     OffsetDateTime revokedAt, String revocationReason) {
    }
}
