package vn.ocop.traceability.lot.service;

import vn.ocop.traceability.lot.service.PartyGrantService.Grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A lot with its product's name and GTIN-14, its GS1 Digital Link URI, the length of its event chain and the party
 * grants in force on it (on the lot itself or on its whole product).
 */
public record LotDetails(UUID id, UUID productId, String productName, String gtin, String lotCode,
                         LocalDate productionDate, LocalDate expiryDate, BigDecimal quantity, String unit,
                         UUID growingAreaId, String digitalLink, int eventCount, String createdBy,
                         OffsetDateTime createdAt, List<Grant> grants) {
}
