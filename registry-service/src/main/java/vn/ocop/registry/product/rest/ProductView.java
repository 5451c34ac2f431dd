package vn.ocop.registry.product.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.certificate.rest.CertificateView;
import vn.ocop.registry.media.rest.ImageView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A product as the API shows it: its producer's location, its current certificate and the stars that certificate
 * grants now ({@code stars} is null unless the certificate is valid today).
 */
public record ProductView(UUID id, UUID producerId, String producerName, String name, String groupCode,
                          String groupName, String gtin, String description, String communeCode, String communeName,
                          String provinceCode, String provinceName, Integer stars, CertificateView certificate,
                          String digitalLink, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                          @Schema(description = "The product's images, the primary one first") List<ImageView> images) {
}
