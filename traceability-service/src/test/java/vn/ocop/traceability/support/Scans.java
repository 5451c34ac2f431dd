package vn.ocop.traceability.support;

import vn.ocop.contract.EventTypes;
import vn.ocop.contract.Gtin;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.lot.GrowingArea;
import vn.ocop.traceability.lot.Lot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aCertificate;
import static vn.ocop.traceability.support.TestData.aGtin13;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

/** Scannable items for resolver and scan-page tests: a certified product with a GTIN, and a lot with its history. */
public final class Scans {

    /** Fixtures wait longer than the intake deadline: they set the scene, they do not measure intake. */
    public static final Duration FIXTURE_DEADLINE = Duration.ofSeconds(30);
    public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private Scans() {
    }

    /** A product, its GTIN-13 and GTIN-14, and optionally one lot with a growing area and three events. */
    public record Item(ProductData product, String gtin13, String gtin14, Lot lot, GrowingArea area) {

        public String productPath() {
            return "/01/" + gtin14;
        }
    }

    /** A product with a GTIN and a valid 4-star certificate, scannable once the registry events are taken in. */
    public static Item aCertifiedProduct(String name) {
        String gtin13 = aGtin13();
        ProductData product = aProduct().named(name).withGtin(gtin13).build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(),
                        aCertificate().forProduct(product).withStars(4).build()));
        awaitRecord(product.productId(), r -> Integer.valueOf(4).equals(r.get("stars")), FIXTURE_DEADLINE);
        return new Item(product, gtin13, Gtin.toGtin14(gtin13).orElseThrow(), null, null);
    }

    /**
     * A certified product with lot {@code lotCode} from a horse pasture, whose events are stored out of order: shipped
     * (+09:00), harvested (+07:00), processed (+07:00).
     */
    public static Item aCertifiedProductWithLot(String name, String lotCode) {
        Item item = aCertifiedProduct(name);
        GrowingArea area = ValueChainRows.aGrowingArea(item.product().producer().producerId(),
                "Đồng cỏ xóm Phẩm", "Ngựa bạch");
        Lot lot = ValueChainRows.aLot(item.product().productId(), lotCode, LocalDate.of(2026, 3, 2), area);
        ValueChainRows.anEvent(lot, 3, "ObjectEvent", "https://ref.gs1.org/cbv/BizStep-shipping",
                OffsetDateTime.of(2026, 3, 5, 11, 0, 0, 0, ZoneOffset.ofHours(9)),
                "https://id.ocop.test/communes/05908", "htx-hoan-hoa");
        ValueChainRows.anEvent(lot, 1, "ObjectEvent", "https://ref.gs1.org/cbv/BizStep-commissioning",
                OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7)),
                "https://id.ocop.test/growing-areas/" + area.id, "hoang-van-hoan");
        ValueChainRows.anEvent(lot, 2, "TransformationEvent", "urn:epcglobal:cbv:bizstep:transforming",
                OffsetDateTime.of(2026, 3, 2, 14, 30, 0, 0, ZoneOffset.ofHours(7)),
                "https://id.ocop.test/communes/05908", "hoang-van-hoan");
        return new Item(item.product(), item.gtin13(), item.gtin14(), lot, area);
    }
}
