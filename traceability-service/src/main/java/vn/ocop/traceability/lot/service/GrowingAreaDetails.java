package vn.ocop.traceability.lot.service;

import com.fasterxml.jackson.databind.JsonNode;
import vn.ocop.contract.ImageData;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A growing area as stored: place, boundary, size, subject, photo and the version a replacement must name. */
public record GrowingAreaDetails(UUID id, UUID producerId, String name, String communeCode, String communeName,
                                 String provinceCode, String provinceName, BigDecimal latitude, BigDecimal longitude,
                                 JsonNode boundary, BigDecimal areaHectares, String subject, String subjectKind,
                                 String createdBy, OffsetDateTime createdAt, long version, ImageData photo) {
}
