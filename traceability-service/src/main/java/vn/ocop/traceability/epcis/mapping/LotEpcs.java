package vn.ocop.traceability.epcis.mapping;

import vn.ocop.contract.Gtin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which lot an EPC or EPC class names: a GS1 Digital Link {@code https://{any host}[/prefix]/01/{gtin}/10/{lot}}
 * (optionally {@code /21/{serial}} and a query) or an EPC URN {@code urn:epc:class:lgtin:{company prefix}.{indicator
 * and item reference}.{lot}}. Other identifiers (SSCC, SGLN, bare SGTIN) name no lot.
 */
public final class LotEpcs {

    /** A GTIN-14 and lot code. */
    public record LotKey(String gtin14, String lotCode) {
    }

    private static final Pattern DIGITAL_LINK = Pattern.compile(
            "^https?://[^/?#]+(?:/[^?#]*)?/01/(\\d{8}|\\d{12}|\\d{13}|\\d{14})/10/([^/?#]+)(?:/21/[^/?#]+)?/?(?:[?#].*)?$");
    private static final Pattern LGTIN = Pattern.compile("^urn:epc:class:lgtin:(\\d{6,12})\\.(\\d{1,7})\\.(.+)$");

    private LotEpcs() {
    }

    public static Optional<LotKey> parse(String epc) {
        if (epc == null) {
            return Optional.empty();
        }
        Matcher link = DIGITAL_LINK.matcher(epc);
        if (link.matches()) {
            return Gtin.toGtin14(link.group(1)).flatMap(gtin -> decode(link.group(2)).map(lot -> new LotKey(gtin, lot)));
        }
        Matcher urn = LGTIN.matcher(epc);
        if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 13) {
            String itemRef = urn.group(2);
            String body = itemRef.charAt(0) + urn.group(1) + itemRef.substring(1);
            String gtin = body + Gtin.checkDigit(body);
            return decode(urn.group(3)).map(lot -> new LotKey(gtin, lot));
        }
        return Optional.empty();
    }

    private static Optional<String> decode(String value) {
        try {
            return Optional.of(URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
