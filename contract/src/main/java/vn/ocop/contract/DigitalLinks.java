package vn.ocop.contract;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Builds the GS1 Digital Link URIs of products, lots and serialized units under a resolver base URL. A product without
 * a GTIN gets a stable internal path {@code /p/{productId}} under the same base. Both services compute URIs here, so
 * the certificate PDF and the resolver always agree.
 */
public final class DigitalLinks {

    public static final String INTERNAL_PRODUCT_PATH = "/p/";

    private final String base;

    public DigitalLinks(String resolverBaseUrl) {
        this.base = resolverBaseUrl.endsWith("/") ? resolverBaseUrl.substring(0, resolverBaseUrl.length() - 1)
                : resolverBaseUrl;
    }

    public String base() {
        return base;
    }

    /** {@code {base}/01/{gtin14}} when the product has a GTIN, else {@code {base}/p/{productId}}. */
    public String product(UUID productId, String gtin) {
        if (gtin == null || gtin.isBlank()) {
            return base + INTERNAL_PRODUCT_PATH + productId;
        }
        return base + "/01/" + Gtin.toGtin14(gtin).orElseThrow(() -> new IllegalArgumentException("invalid GTIN " + gtin));
    }

    /** {@code {base}/01/{gtin14}/10/{lot}}. */
    public String lot(String gtin, String lot) {
        return product(null, gtin) + "/10/" + encode(lot);
    }

    /** {@code {base}/01/{gtin14}/10/{lot}/21/{serial}}. */
    public String serial(String gtin, String lot, String serial) {
        return lot(gtin, lot) + "/21/" + encode(serial);
    }

    /**
     * The GS1 compressed form ({@code {base}/{compressed}}) of a GTIN Digital Link built here; any other URI (the
     * internal {@code /p/} path) as it is.
     */
    public String compressed(String uri) {
        if (!uri.startsWith(base + "/01/")) {
            return uri;
        }
        String[] segments = uri.substring(base.length() + 1).split("/");
        String lot = null;
        String serial = null;
        for (int i = 2; i + 1 < segments.length; i += 2) {
            String value = URLDecoder.decode(segments[i + 1].replace("+", "%2B"), StandardCharsets.UTF_8);
            if ("10".equals(segments[i])) {
                lot = value;
            } else if ("21".equals(segments[i])) {
                serial = value;
            }
        }
        return base + "/" + DigitalLinkCompression.compress(segments[1], lot, serial);
    }

    /** Percent-encodes a GS1 AI value for a URI path segment (RFC 3986 unreserved characters stay as they are). */
    public static String encode(String value) {
        if (unreserved(value)) {
            return value;   // the usual lot or serial: nothing to encode
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~");
    }

    /** True when every character is an RFC 3986 unreserved one: A–Z a–z 0–9 - . _ ~ */
    private static boolean unreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~')) {
                return false;
            }
        }
        return true;
    }
}
