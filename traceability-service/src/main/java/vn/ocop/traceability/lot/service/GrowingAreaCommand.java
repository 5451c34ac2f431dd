package vn.ocop.traceability.lot.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What registering or replacing a growing area takes: its producer (null: the caller's), name, commune and province,
 * position, optional GeoJSON Polygon boundary, size, subject, and the version a replacement was made from.
 */
public record GrowingAreaCommand(UUID producerId, String name, String communeCode, String communeName,
                                 String provinceCode, String provinceName, BigDecimal latitude, BigDecimal longitude,
                                 JsonNode boundary, BigDecimal areaHectares, String subject, String subjectKind,
                                 Long version) {
}
