package vn.ocop.traceability.digitallink;

import vn.ocop.platform.problem.DomainException;
import vn.ocop.contract.DigitalLinkCompression;
import vn.ocop.contract.Gtin;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Extracts and syntactically validates a GS1 Digital Link URI path of a GTIN (GS1 Digital Link URI syntax 1.4,
 * section 4): the GTIN's check digit, the key qualifiers lot (10) and serial (21) in that order and at most once each,
 * percent-decoding, and lot/serial values of 1–20 characters from the GS1 AI encodable character set 82. Any
 * violation is a 400 rule violation naming the offending part.
 */
public final class DigitalLinkParser {

    /** GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1), as an ASCII table. */
    private static final boolean[] CSET_82 = new boolean[128];

    static {
        String set = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
        set.chars().forEach(c -> CSET_82[c] = true);
    }
    private static final int MAX_QUALIFIER_LENGTH = 20;
    private static final String LOT = "10";
    private static final String SERIAL = "21";
    private static final String CODE = "invalid-digital-link";

    private DigitalLinkParser() {
    }

    /**
     * Parses {@code rawPath}: the still percent-encoded path from the primary key on, e.g.
     * {@code /01/08935000000014/10/L%2F1/21/7}. One trailing slash is tolerated.
     */
    public static DigitalLinkUri parse(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String[] segments = path.split("/", -1);
        if (segments.length < 2 || !"01".equals(segments[0])) {
            throw DomainException.ruleViolationOn(CODE, "path", "must start with the primary key /01/{gtin}");
        }
        if (segments.length % 2 != 0) {
            throw DomainException.ruleViolationOn(CODE, "path",
                    "must be pairs of application identifier and value: /01/{gtin}[/10/{lot}][/21/{serial}]");
        }
        String gtin14 = Gtin.toGtin14(segments[1]).orElseThrow(() -> DomainException.ruleViolationOn("invalid-gtin", "gtin",
                "must be 8, 12, 13 or 14 digits with a valid GS1 check digit"));
        String lot = null;
        String serial = null;
        Set<String> seen = new HashSet<>();
        for (int i = 2; i < segments.length; i += 2) {
            String ai = segments[i];
            if (!LOT.equals(ai) && !SERIAL.equals(ai)) {
                throw DomainException.ruleViolationOn(CODE, "path", "key qualifier (" + ai + ") is not one of the GTIN's "
                        + "qualifiers this resolver knows: (10) lot and (21) serial");
            }
            if (!seen.add(ai)) {
                throw DomainException.ruleViolationOn(CODE, "path", "key qualifier (" + ai + ") appears more than once");
            }
            if (LOT.equals(ai) && serial != null) {
                throw DomainException.ruleViolationOn(CODE, "path",
                        "key qualifiers must be in the order /10/{lot}/21/{serial}");
            }
            String field = LOT.equals(ai) ? "lot" : "serial";
            String value = qualifierValue(field, segments[i + 1]);
            if (LOT.equals(ai)) {
                lot = value;
            } else {
                serial = value;
            }
        }
        return new DigitalLinkUri(gtin14, lot, serial);
    }

    /** A compressed Digital Link decompressed: the URI, and the other AIs and pairs it carried as a raw query. */
    public record Decompressed(DigitalLinkUri uri, String query) {
    }

    /**
     * Decompresses a GS1 compressed Digital Link path segment (GS1 Digital Link: Compression) and validates the result
     * as {@link #parse} does; a segment that does not decompress is a 400 rule violation too.
     */
    public static Decompressed decompress(String segment) {
        String uncompressed;
        try {
            uncompressed = DigitalLinkCompression.decompress(segment).uncompressed();
        } catch (IllegalArgumentException e) {
            throw DomainException.ruleViolationOn(CODE, "path", "is not a valid compressed GS1 Digital Link: " + e.getMessage());
        }
        int query = uncompressed.indexOf('?');
        return query < 0 ? new Decompressed(parse(uncompressed), null)
                : new Decompressed(parse(uncompressed.substring(0, query)), uncompressed.substring(query + 1));
    }

    private static String qualifierValue(String field, String encoded) {
        String value = percentDecode(field, encoded);
        if (value.isEmpty() || value.length() > MAX_QUALIFIER_LENGTH) {
            throw DomainException.ruleViolationOn(CODE, field, "must be 1 to " + MAX_QUALIFIER_LENGTH + " characters");
        }
        if (!value.chars().allMatch(c -> c < CSET_82.length && CSET_82[c])) {
            throw DomainException.ruleViolationOn(CODE, field,
                    "may only contain characters of the GS1 AI encodable character set 82");
        }
        return value;
    }

    /** Strict RFC 3986 percent-decoding ('+' stays a plus); a broken escape or invalid UTF-8 is a 400. */
    private static String percentDecode(String field, String encoded) {
        if (encoded.indexOf('%') < 0 && encoded.chars().allMatch(c -> c < 0x80)) {
            return encoded;   // nothing to decode: the usual case
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                continue;
            }
            if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
                    || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                throw DomainException.ruleViolationOn(CODE, field, "has a malformed percent-encoding");
            }
            bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.ruleViolationOn(CODE, field, "is not valid UTF-8 once percent-decoded");
        }
    }
}
