package vn.ocop.traceability.lot.rest;

import vn.ocop.traceability.lot.service.LotDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A lot as the API shows it, with its GS1 Digital Link URI, the length of its event chain and the party grants in force
 * on it (on the lot itself or on its whole product).
 */
public record LotView(UUID id, UUID productId, String productName, String gtin, String lotCode,
                      LocalDate productionDate, LocalDate expiryDate, BigDecimal quantity, String unit,
                      UUID growingAreaId, String digitalLink, int eventCount, String createdBy,
                      OffsetDateTime createdAt, List<GrantView> grants) {

    public static LotView of(LotDetails l) {
        return new LotView(l.id(), l.productId(), l.productName(), l.gtin(), l.lotCode(), l.productionDate(),
                l.expiryDate(), l.quantity(), l.unit(), l.growingAreaId(), l.digitalLink(), l.eventCount(),
                l.createdBy(), l.createdAt(), l.grants().stream().map(GrantViews::of).toList());
    }
}
