package vn.ocop.registry.catalog.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.catalog.service.CatalogItem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A currently certified product as partners list it. */
@Schema(name = "CatalogProduct")
public record CatalogProduct(UUID productId, String name, String description,
                             @Schema(description = "GTIN-14, or null") String gtin, Code group, Producer producer,
                             Code commune, Code province, int stars, Certificate certificate,
                             @Schema(description = "Absolute URLs of the product's images (1200 px JPEG), the "
                                     + "primary one first; immutable, so they may be cached") List<String> images,
                             @Schema(description = "The product's GS1 Digital Link URI (the QR code's content)")
                             String digitalLink,
                             @Schema(description = "PNG of the QR code, served by the traceability service")
                             String qrImageUrl, OffsetDateTime updatedAt) {

    /** A code with its Vietnamese name. */
    @Schema(name = "CatalogCode")
    public record Code(String code, String name) {

        static Code of(CatalogItem.Code c) {
            return new Code(c.code(), c.name());
        }
    }

    @Schema(name = "CatalogProducer")
    public record Producer(UUID id, String name, String type) {
    }

    @Schema(name = "CatalogCertificate")
    public record Certificate(String number, int stars, String issuingAuthority, LocalDate decisionDate,
                              LocalDate validUntil) {
    }

    public static CatalogProduct of(CatalogItem i) {
        CatalogItem.Certificate c = i.certificate();
        return new CatalogProduct(i.productId(), i.name(), i.description(), i.gtin(), Code.of(i.group()),
                new Producer(i.producer().id(), i.producer().name(), i.producer().type()), Code.of(i.commune()),
                Code.of(i.province()), i.stars(), new Certificate(c.number(), c.stars(), c.issuingAuthority(),
                c.decisionDate(), c.validUntil()), i.images(), i.digitalLink(), i.qrImageUrl(), i.updatedAt());
    }
}
