package vn.ocop.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * GS1 Digital Link compression (GS1 Digital Link: Compression, as implemented by GS1's reference toolkit): a set of GS1
 * Application Identifier values becomes one path segment of the URI-safe base64 alphabet, e.g.
 * {@code /01/08935000000014} ⇄ {@code /ARBArwCMHA}. Each AI is written as 4-bit digits (or a 2-hex-digit code standing for a common sequence of
 * AIs, such as {@code 0B} for GTIN + lot), each value in the bits its format needs: numeric parts as binary numbers,
 * alphanumeric parts as a 3-bit encoding (digits, hex, base64, 7-bit ASCII), a length and the characters. The tables
 * (AI lengths, value formats, optimisation codes) are GS1's, in {@code gs1-dl-compression.tsv}.
 */
public final class DigitalLinkCompression {

    /** The URI-safe base64 alphabet of compressed Digital Links. */
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String HEX = "0123456789ABCDEF";
    private static final int NUMERIC = 0;
    private static final int HEX_LOWER = 1;
    private static final int HEX_UPPER = 2;
    private static final int SAFE_BASE64 = 3;
    private static final int ASCII = 4;

    /** Primary keys and, in path order, their key qualifiers (GS1 Digital Link URI syntax, section 4). */
    private static final Map<String, List<String>> PATH_KEYS = pathKeys();

    private static final Map<String, Integer> AI_LENGTH = new HashMap<>();
    private static final Map<String, List<Component>> FORMAT = new HashMap<>();
    /** Optimisation codes in the table's order (ties go to the first). */
    private static final Map<String, List<String>> OPTIMISATIONS = new LinkedHashMap<>();

    static {
        load();
    }

    /** One part of an AI value: numeric or alphanumeric, of fixed length or up to a maximum. */
    private record Component(boolean numeric, int length, boolean fixed) {
    }

    /** A decompressed Digital Link: GS1 AI values and other key=value pairs, each in the order they were coded. */
    public record Decompressed(Map<String, String> ais, Map<String, String> others) {

        /**
         * The uncompressed Digital Link path and query: the primary key and its qualifiers in the path (values
         * percent-encoded), every other AI and pair in the query string, e.g.
         * {@code /01/08935000000014/10/L1?17=261231}.
         */
        public String uncompressed() {
            String primary = PATH_KEYS.keySet().stream().filter(ais::containsKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no GS1 primary identification key"));
            StringBuilder path = new StringBuilder("/").append(primary).append('/')
                    .append(DigitalLinks.encode(ais.get(primary)));
            List<String> inPath = new ArrayList<>(List.of(primary));
            for (String qualifier : PATH_KEYS.get(primary)) {
                if (ais.containsKey(qualifier)) {
                    path.append('/').append(qualifier).append('/').append(DigitalLinks.encode(ais.get(qualifier)));
                    inPath.add(qualifier);
                }
            }
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            ais.forEach((ai, value) -> {
                if (!inPath.contains(ai)) {
                    query.add(ai + "=" + DigitalLinks.encode(value));
                }
            });
            others.forEach((key, value) -> query.add(key + "=" + DigitalLinks.encode(value)));
            return path + query.toString();
        }
    }

    private DigitalLinkCompression() {
    }

    /** The compressed segment of a GTIN (any length) and its optional lot and serial. */
    public static String compress(String gtin, String lot, String serial) {
        Map<String, String> ais = new LinkedHashMap<>();
        ais.put("01", Gtin.toGtin14(gtin).orElseThrow(() -> new IllegalArgumentException("invalid GTIN " + gtin)));
        if (lot != null) {
            ais.put("10", lot);
        }
        if (serial != null) {
            ais.put("21", serial);
        }
        return compress(ais, Map.of());
    }

    /**
     * Compresses GS1 AI values (keys are AIs, values unencoded) and other key=value pairs (keys from the URI-safe
     * base64 alphabet) into one path segment, using the optimisation codes as GS1's toolkit does by default.
     */
    public static String compress(Map<String, String> ais, Map<String, String> others) {
        TreeMap<String, String> sorted = new TreeMap<>(ais);
        List<String> remaining = new ArrayList<>(sorted.keySet());
        List<String> codes = new ArrayList<>();
        while (true) {
            String best = null;
            int bestLength = 0;
            for (Map.Entry<String, List<String>> opt : OPTIMISATIONS.entrySet()) {
                int length = String.join("", opt.getValue()).length();
                if (remaining.containsAll(opt.getValue()) && length > bestLength) {
                    best = opt.getKey();
                    bestLength = length;
                }
            }
            if (best == null) {
                break;
            }
            codes.add(best);
            remaining.removeAll(OPTIMISATIONS.get(best));
        }
        StringBuilder bits = new StringBuilder();
        for (String code : codes) {
            appendHexDigits(bits, code);
            for (String ai : OPTIMISATIONS.get(code)) {
                appendValue(bits, ai, sorted.get(ai));
            }
        }
        for (String ai : remaining) {
            appendHexDigits(bits, ai);
            appendValue(bits, ai, sorted.get(ai));
        }
        others.forEach((key, value) -> {
            if (key.isEmpty() || key.length() > 127 || !key.chars().allMatch(c -> BASE64.indexOf(c) >= 0)) {
                throw new IllegalArgumentException("key " + key + " cannot be compressed");
            }
            bits.append("1111").append(binary(key.length(), 7));
            key.chars().forEach(c -> bits.append(binary(BASE64.indexOf(c), 6)));
            if (value.length() > 127) {
                throw new IllegalArgumentException("value of " + key + " is too long to compress");
            }
            appendAlphanumeric(bits, value, binary(value.length(), 7));
        });
        return toBase64(bits);
    }

    /** True when {@code segment} could be a compressed Digital Link: URI-safe base64 and not all digits. */
    public static boolean looksCompressed(String segment) {
        return segment != null && segment.length() >= 8 && segment.chars().allMatch(c -> BASE64.indexOf(c) >= 0)
                && !segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Decompresses one segment; {@link IllegalArgumentException} when it is not a valid compressed Digital Link. */
    public static Decompressed decompress(String segment) {
        if (segment == null || segment.isEmpty() || !segment.chars().allMatch(c -> BASE64.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not in the URI-safe base64 alphabet");
        }
        StringBuilder bits = new StringBuilder(segment.length() * 6);
        segment.chars().forEach(c -> bits.append(binary(BASE64.indexOf(c), 6)));
        Reader reader = new Reader(bits.toString());
        Map<String, String> ais = new LinkedHashMap<>();
        Map<String, String> others = new LinkedHashMap<>();
        while (reader.remaining() > 8) {
            int h1 = reader.number(4);
            int h2 = reader.number(4);
            String h1h2 = "" + HEX.charAt(h1) + HEX.charAt(h2);
            if (h1 <= 9 && h2 <= 9) {
                Integer length = AI_LENGTH.get(h1h2);
                if (length == null) {
                    throw new IllegalArgumentException("no GS1 Application Identifier starts with " + h1h2);
                }
                StringBuilder ai = new StringBuilder(h1h2);
                for (int i = 2; i < length; i++) {
                    int digit = reader.number(4);
                    if (digit > 9) {
                        throw new IllegalArgumentException("Application Identifier " + ai + " is not all digits");
                    }
                    ai.append(digit);
                }
                put(ais, ai.toString(), readValue(reader, ai.toString()));
            } else if (OPTIMISATIONS.containsKey(h1h2)) {
                for (String ai : OPTIMISATIONS.get(h1h2)) {
                    put(ais, ai, readValue(reader, ai));
                }
            } else if (h1 == 0xF) {
                reader.back(4);
                int keyLength = reader.number(7);
                StringBuilder key = new StringBuilder();
                for (int i = 0; i < keyLength; i++) {
                    key.append(BASE64.charAt(reader.number(6)));
                }
                int encoding = reader.number(3);
                int chars = reader.number(7);
                put(others, key.toString(), readCharacters(reader, encoding, chars));
            } else {
                throw new IllegalArgumentException("no optimisation code " + h1h2);
            }
        }
        if (reader.remaining() > 0 && reader.number(reader.remaining()) != 0) {
            throw new IllegalArgumentException("trailing bits are not zero");
        }
        if (ais.isEmpty()) {
            throw new IllegalArgumentException("no GS1 Application Identifier");
        }
        return new Decompressed(ais, others);
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (values.put(key, value) != null) {
            throw new IllegalArgumentException(key + " appears more than once");
        }
    }

    private static void appendValue(StringBuilder bits, String ai, String value) {
        List<Component> format = FORMAT.get(ai);
        if (format == null) {
            throw new IllegalArgumentException("Application Identifier " + ai + " cannot be compressed");
        }
        Objects.requireNonNull(value, ai);
        int cursor = 0;
        for (Component part : format) {
            String chars = part.fixed() ? value.substring(cursor, Math.min(value.length(), cursor + part.length()))
                    : value.substring(cursor);
            if (part.fixed() && chars.length() != part.length() || chars.length() > part.length()
                    || chars.isEmpty()) {
                throw new IllegalArgumentException("value of (" + ai + ") does not fit its format");
            }
            cursor += chars.length();
            if (part.numeric()) {
                if (!chars.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new IllegalArgumentException("value of (" + ai + ") must be digits");
                }
                if (!part.fixed()) {
                    bits.append(binary(chars.length(), lengthBits(part.length())));
                }
                bits.append(binary(new BigInteger(chars), valueBits(chars.length())));
            } else {
                appendAlphanumeric(bits, chars, part.fixed() ? "" : binary(chars.length(), lengthBits(part.length())));
            }
        }
        if (cursor != value.length()) {
            throw new IllegalArgumentException("value of (" + ai + ") is too long");
        }
    }

    private static void appendAlphanumeric(StringBuilder bits, String chars, String lengthBits) {
        int encoding = encoding(chars);
        bits.append(binary(encoding, 3)).append(lengthBits);
        switch (encoding) {
            case NUMERIC -> bits.append(binary(new BigInteger(chars), valueBits(chars.length())));
            case HEX_LOWER, HEX_UPPER -> chars.toUpperCase().chars()
                    .forEach(c -> bits.append(binary(HEX.indexOf(c), 4)));
            case SAFE_BASE64 -> chars.chars().forEach(c -> bits.append(binary(BASE64.indexOf(c), 6)));
            default -> chars.chars().forEach(c -> {
                if (c > 0x7f) {
                    throw new IllegalArgumentException("only ASCII characters can be compressed");
                }
                bits.append(binary(c, 7));
            });
        }
    }

    private static String readValue(Reader reader, String ai) {
        List<Component> format = FORMAT.get(ai);
        if (format == null) {
            throw new IllegalArgumentException("no format for Application Identifier " + ai);
        }
        StringBuilder value = new StringBuilder();
        for (Component part : format) {
            if (part.numeric()) {
                int digits = part.fixed() ? part.length() : reader.number(lengthBits(part.length()));
                value.append(pad(reader.bigNumber(valueBits(digits)).toString(), digits));
            } else {
                int encoding = reader.number(3);
                int chars = part.fixed() ? part.length() : reader.number(lengthBits(part.length()));
                value.append(readCharacters(reader, encoding, chars));
            }
        }
        return value.toString();
    }

    private static String readCharacters(Reader reader, int encoding, int chars) {
        StringBuilder value = new StringBuilder(chars);
        switch (encoding) {
            case NUMERIC -> value.append(pad(reader.bigNumber(valueBits(chars)).toString(), chars));
            case HEX_LOWER -> {
                for (int i = 0; i < chars; i++) {
                    value.append(Character.toLowerCase(HEX.charAt(reader.number(4))));
                }
            }
            case HEX_UPPER -> {
                for (int i = 0; i < chars; i++) {
                    value.append(HEX.charAt(reader.number(4)));
                }
            }
            case SAFE_BASE64 -> {
                for (int i = 0; i < chars; i++) {
                    value.append(BASE64.charAt(reader.number(6)));
                }
            }
            case ASCII -> {
                for (int i = 0; i < chars; i++) {
                    value.append((char) reader.number(7));
                }
            }
            default -> throw new IllegalArgumentException("unknown value encoding " + encoding);
        }
        return value.toString();
    }

    /** The toolkit's choice: digits, upper-case hex, lower-case hex, URI-safe base64, else 7-bit ASCII. */
    private static int encoding(String chars) {
        if (chars.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return NUMERIC;
        }
        if (chars.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
            return HEX_UPPER;
        }
        if (chars.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            return HEX_LOWER;
        }
        return chars.chars().allMatch(c -> BASE64.indexOf(c) >= 0) ? SAFE_BASE64 : ASCII;
    }

    /** Bits of a length indicator for values of up to {@code max} characters. */
    private static int lengthBits(int max) {
        return (int) Math.ceil(Math.log(max) / Math.log(2) + 0.01);
    }

    /** Bits of a number of {@code digits} decimal digits. */
    private static int valueBits(int digits) {
        return (int) Math.ceil(digits * Math.log(10) / Math.log(2) + 0.01);
    }

    private static void appendHexDigits(StringBuilder bits, String digits) {
        digits.chars().forEach(c -> bits.append(binary(HEX.indexOf(c), 4)));
    }

    private static String binary(long value, int width) {
        return binary(BigInteger.valueOf(value), width);
    }

    private static String binary(BigInteger value, int width) {
        String bits = value.toString(2);
        if (bits.length() > width) {
            throw new IllegalArgumentException("value does not fit in " + width + " bits");
        }
        return "0".repeat(width - bits.length()) + bits;
    }

    private static String pad(String digits, int length) {
        if (digits.length() > length) {
            throw new IllegalArgumentException("number has more than " + length + " digits");
        }
        return "0".repeat(length - digits.length()) + digits;
    }

    private static String toBase64(CharSequence bits) {
        StringBuilder padded = new StringBuilder(bits);
        while (padded.length() % 6 != 0) {
            padded.append('0');
        }
        StringBuilder out = new StringBuilder(padded.length() / 6);
        for (int i = 0; i < padded.length(); i += 6) {
            out.append(BASE64.charAt(Integer.parseInt(padded.substring(i, i + 6), 2)));
        }
        return out.toString();
    }

    /** Reads a bit string from left to right. */
    private static final class Reader {
        private final String bits;
        private int cursor;

        Reader(String bits) {
            this.bits = bits;
        }

        int remaining() {
            return bits.length() - cursor;
        }

        void back(int count) {
            cursor -= count;
        }

        int number(int width) {
            return bigNumber(width).intValueExact();
        }

        BigInteger bigNumber(int width) {
            if (width > remaining()) {
                throw new IllegalArgumentException("ends in the middle of a value");
            }
            BigInteger value = width == 0 ? BigInteger.ZERO : new BigInteger(bits.substring(cursor, cursor + width), 2);
            cursor += width;
            return value;
        }
    }

    private static Map<String, List<String>> pathKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("01", List.of("22", "10", "21"));
        keys.put("8006", List.of("22", "10", "21"));
        keys.put("414", List.of("254"));
        keys.put("8010", List.of("8011"));
        keys.put("8017", List.of("8019"));
        keys.put("8018", List.of("8019"));
        for (String key : List.of("00", "253", "255", "401", "402", "417", "8003", "8004", "8013")) {
            keys.put(key, List.of());
        }
        return keys;
    }

    private static void load() {
        try (InputStream in = DigitalLinkCompression.class.getResourceAsStream("gs1-dl-compression.tsv")) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(
                    Objects.requireNonNull(in, "gs1-dl-compression.tsv"), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                switch (cells[0]) {
                    case "P" -> AI_LENGTH.put(cells[1], Integer.parseInt(cells[2]));
                    case "F" -> FORMAT.put(cells[1], Arrays.stream(cells[2].split(" ")).map(c -> {
                        boolean fixed = !c.substring(1).startsWith("..");
                        return new Component(c.charAt(0) == 'N', Integer.parseInt(c.substring(fixed ? 1 : 3)), fixed);
                    }).toList());
                    case "O" -> OPTIMISATIONS.put(cells[1], List.of(cells[2].split(" ")));
                    default -> throw new IllegalStateException("unknown table row " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
