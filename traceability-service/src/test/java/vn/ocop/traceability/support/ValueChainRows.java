package vn.ocop.traceability.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.traceability.lot.GrowingArea;
import vn.ocop.traceability.lot.Lot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * TEMPORARY test-data helper: writes growing areas, lots and EPCIS events straight into the value-chain tables, because
 * this branch has no capture API yet. Replace with calls to {@code POST /products/{id}/lots} and the event forms once
 * the capture feature is merged.
 */
public final class ValueChainRows {

    private ValueChainRows() {
    }

    /** A growing area of {@code producerId} in commune 05908 (Phú Bình, Thái Nguyên). */
    public static GrowingArea aGrowingArea(UUID producerId, String name, String subject) {
        GrowingArea area = new GrowingArea();
        area.id = UUID.randomUUID();
        area.producerId = producerId;
        area.name = name;
        area.communeCode = "05908";
        area.communeName = "Phú Bình";
        area.provinceCode = "19";
        area.provinceName = "Thái Nguyên";
        area.latitude = new BigDecimal("21.512300");
        area.longitude = new BigDecimal("105.957100");
        area.areaHectares = new BigDecimal("2.5000");
        area.subject = subject;
        area.subjectKind = "ANIMAL";
        area.createdBy = "test";
        area.createdAt = OffsetDateTime.now();
        persist(area);
        return area;
    }

    /** A lot of {@code productId}, produced {@code productionDate}, optionally from {@code area}. */
    public static Lot aLot(UUID productId, String lotCode, LocalDate productionDate, GrowingArea area) {
        Lot lot = new Lot();
        lot.id = UUID.randomUUID();
        lot.productId = productId;
        lot.lotCode = lotCode;
        lot.productionDate = productionDate;
        lot.expiryDate = productionDate.plusMonths(24);
        lot.quantity = new BigDecimal("120.000");
        lot.unit = "hộp";
        lot.growingAreaId = area == null ? null : area.id;
        lot.createdBy = "test";
        lot.createdAt = OffsetDateTime.now();
        persist(lot);
        return lot;
    }

    /** An EPCIS event number {@code seq} of {@code lot}: its bizStep URI, time, location URI and who recorded it. */
    public static EpcisEvent anEvent(Lot lot, int seq, String eventType, String bizStep, OffsetDateTime eventTime,
                                     String bizLocation, String recordedBy) {
        EpcisEvent event = new EpcisEvent();
        event.id = UUID.randomUUID();
        event.lotId = lot.id;
        event.seq = seq;
        event.eventId = "ni:///sha-256;" + randomHex() + "?ver=CBV2.0";
        event.eventType = eventType;
        event.eventTime = eventTime;
        event.eventTimeZoneOffset = eventTime.getOffset().getId().equals("Z") ? "+00:00" : eventTime.getOffset().getId();
        event.bizStep = bizStep;
        event.bizLocation = bizLocation;
        event.recordedBy = recordedBy;
        event.recordedAt = OffsetDateTime.now();
        event.body = "{\"type\":\"" + eventType + "\"}";
        event.hash = randomHex();
        // as the capture side does: the lot row keeps the count (and head) of its chain
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.persist(event);
            em.createQuery("update Lot set eventCount = eventCount + 1, headHash = :hash where id = :lot")
                    .setParameter("hash", event.hash).setParameter("lot", lot.id).executeUpdate();
        });
        return event;
    }

    private static void persist(Object entity) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get().persist(entity));
    }

    private static String randomHex() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
