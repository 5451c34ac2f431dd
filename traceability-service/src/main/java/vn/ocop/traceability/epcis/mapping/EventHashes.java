package vn.ocop.traceability.epcis.mapping;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The tamper-evidence rules of a lot's event chain.
 * <ul>
 *   <li><b>Canonical form</b> of an event: its JSON with {@code eventID} and {@code recordTime} left out (they are
 *   assigned by the repository, as in the EPCIS event-hash algorithm), object keys sorted by their UTF-16 code units
 *   at every level, array order kept, no whitespace, strings JSON-escaped as Jackson does (text is NFC-normalised
 *   at capture, before hashing), numbers as the plain decimal with trailing zeros stripped ({@code 10.50} →
 *   {@code 10.5}, {@code 1E+3} → {@code 1000}), so the form survives a round trip through PostgreSQL jsonb.</li>
 *   <li><b>Event hash</b> = lower-case hex SHA-256 of the UTF-8 canonical form; {@code eventID} =
 *   {@code ni:///sha-256;{event hash}?ver=CBV2.0}.</li>
 *   <li><b>Chain hash</b> = hex SHA-256 of (canonical form + previous chain hash), the previous hash being the empty
 *   string for the first event of the lot. The lot keeps the newest chain hash as its head.</li>
 * </ul>
 */
public final class EventHashes {

    public static final String EVENT_ID_PREFIX = "ni:///sha-256;";
    public static final String EVENT_ID_SUFFIX = "?ver=CBV2.0";
    private static final List<String> EXCLUDED = List.of("eventID", "recordTime");
    private static final HexFormat HEX = HexFormat.of();

    private EventHashes() {
    }

    /** The canonical form of an event (see the class comment). */
    public static String canonical(JsonNode event) {
        StringBuilder out = new StringBuilder(512);
        write(event, out, true);
        return out.toString();
    }

    public static String eventHash(String canonical) {
        return sha256(canonical);
    }

    public static String eventId(String eventHash) {
        return EVENT_ID_PREFIX + eventHash + EVENT_ID_SUFFIX;
    }

    public static String chainHash(String canonical, String previousHash) {
        return sha256(canonical + (previousHash == null ? "" : previousHash));
    }

    public static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(JsonNode node, StringBuilder out, boolean top) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!(top && EXCLUDED.contains(key))) {
                    keys.add(key);
                }
            }
            keys.sort(null);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(keys.get(i), out);
                out.append(':');
                write(node.get(keys.get(i)), out, false);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out, false);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            out.append(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else {
            out.append("null");
        }
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(value, out);
        out.append('"');
    }

    /** Rewrites every string of {@code node} (keys excepted) to Unicode NFC, in place. */
    public static void normalizeText(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual()) {
                    String text = field.getValue().textValue();
                    if (!java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) {
                        field.setValue(object.textNode(java.text.Normalizer.normalize(text,
                                java.text.Normalizer.Form.NFC)));
                    }
                } else {
                    normalizeText(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isTextual()) {
                    String text = item.textValue();
                    if (!java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i,
                                java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
                    }
                } else {
                    normalizeText(item);
                }
            }
        }
    }
}
