package vn.ocop.registry.salespoint.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.salespoint.SalesPoint;
import vn.ocop.registry.salespoint.SalesPointKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A sales point or fair with its place and the products it displays. */
@Schema(name = "SalesPoint")
public record SalesPointView(UUID id, SalesPointKind kind, String name, String communeCode, String communeName,
                             String provinceCode, String provinceName, String address, Double latitude,
                             Double longitude, String operatorName, LocalDate startsOn, LocalDate endsOn,
                             List<UUID> productIds, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static SalesPointView of(SalesPoint s) {
        return new SalesPointView(s.id, s.kind, s.name, s.commune.code, s.commune.name, s.commune.province.code,
                s.commune.province.name, s.address, s.latitude, s.longitude, s.operatorName, s.startsOn, s.endsOn,
                s.productIds.stream().sorted().toList(), s.version, s.createdAt, s.updatedAt);
    }
}
