package vn.ocop.traceability.lot.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.contract.ImageData;
import vn.ocop.traceability.lot.service.GrowingAreaDetails;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A growing area as the API shows it; {@code version} is what a replacement must send back. */
public record GrowingAreaView(UUID id, UUID producerId, String name, String communeCode, String communeName,
                              String provinceCode, String provinceName, BigDecimal latitude, BigDecimal longitude,
                              JsonNode boundary, BigDecimal areaHectares, String subject, String subjectKind,
                              String createdBy, OffsetDateTime createdAt, long version,
                              @Schema(description = "The area's photo (PUT /growing-areas/{id}/photo), or null",
                                      nullable = true) ImageData photo) {

    public static GrowingAreaView of(GrowingAreaDetails a) {
        return new GrowingAreaView(a.id(), a.producerId(), a.name(), a.communeCode(), a.communeName(),
                a.provinceCode(), a.provinceName(), a.latitude(), a.longitude(), a.boundary(), a.areaHectares(),
                a.subject(), a.subjectKind(), a.createdBy(), a.createdAt(), a.version(), a.photo());
    }
}
