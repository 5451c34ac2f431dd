package vn.ocop.traceability.lot.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A lot as the API shows it, with its GS1 Digital Link URI and the length of its event chain. */
public record LotView(UUID id, UUID productId, String productName, String gtin, String lotCode,
                      LocalDate productionDate, LocalDate expiryDate, BigDecimal quantity, String unit,
                      UUID growingAreaId, String digitalLink, int eventCount, String createdBy,
                      OffsetDateTime createdAt) {
}
