package vn.ocop.traceability.digitallink;

import vn.ocop.contract.DigitalLinks;

import java.util.ArrayList;
import java.util.List;

/**
 * A syntactically valid GS1 Digital Link URI path of a trade item: GTIN-14 (AI 01), optionally its lot (AI 10) and
 * its serial (AI 21), values already percent-decoded. Knows its canonical (uncompressed) path and its levels up to
 * the GTIN.
 */
public record DigitalLinkUri(String gtin14, String lot, String serial) {

    /** The item's level: a product, one lot of it, or one serialized unit. */
    public enum Level { PRODUCT, LOT, SERIAL }

    public Level level() {
        if (serial != null) {
            return Level.SERIAL;
        }
        return lot != null ? Level.LOT : Level.PRODUCT;
    }

    /** {@code /01/{gtin14}[/10/{lot}][/21/{serial}]}, values percent-encoded. */
    public String path() {
        StringBuilder path = new StringBuilder("/01/").append(gtin14);
        if (lot != null) {
            path.append("/10/").append(DigitalLinks.encode(lot));
        }
        if (serial != null) {
            path.append("/21/").append(DigitalLinks.encode(serial));
        }
        return path.toString();
    }

    /** This URI and each one above it, up to the GTIN: serial → lot → product. */
    public List<DigitalLinkUri> upToGtin() {
        List<DigitalLinkUri> levels = new ArrayList<>();
        levels.add(this);
        if (serial != null && lot != null) {
            levels.add(new DigitalLinkUri(gtin14, lot, null));
        }
        if (level() != Level.PRODUCT) {
            levels.add(new DigitalLinkUri(gtin14, null, null));
        }
        return levels;
    }

    /** The same item one level up; the product itself for a product. */
    public DigitalLinkUri product() {
        return new DigitalLinkUri(gtin14, null, null);
    }
}
