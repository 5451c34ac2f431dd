package vn.ocop.registry.salespoint.service;

import vn.ocop.registry.salespoint.SalesPointKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A sales point or trade fair to register or the new state of one ({@code version}: the one read, for updates). */
public record SalesPointCommand(SalesPointKind kind, String name, String communeCode, String address, Double latitude,
                                Double longitude, String operatorName, LocalDate startsOn, LocalDate endsOn,
                                List<UUID> productIds, Long version) {
}
