package vn.ocop.traceability.lot.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What opening a lot takes: its GS1 AI (10) lot code, dates, quantity with unit and the growing area it comes from. */
public record LotCommand(String lotCode, LocalDate productionDate, LocalDate expiryDate, BigDecimal quantity,
                         String unit, UUID growingAreaId) {
}
