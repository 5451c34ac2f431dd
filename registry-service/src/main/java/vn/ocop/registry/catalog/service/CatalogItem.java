package vn.ocop.registry.catalog.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A currently certified product as partners see it: its group, producer and place, its valid certificate, image URLs
 * (primary first), GS1 Digital Link and QR code URL, and when any of these last changed.
 */
public record CatalogItem(UUID productId, String name, String description, String gtin, Code group,
                          Producer producer, Code commune, Code province, int stars, Certificate certificate,
                          List<String> images, String digitalLink, String qrImageUrl, OffsetDateTime updatedAt) {

    /** A code with its Vietnamese name. */
    public record Code(String code, String name) {
    }

    /** The product's producer. */
    public record Producer(UUID id, String name, String type) {
    }

    /** The certificate that makes the product listed. */
    public record Certificate(String number, int stars, String issuingAuthority, LocalDate decisionDate,
                              LocalDate validUntil) {
    }
}
