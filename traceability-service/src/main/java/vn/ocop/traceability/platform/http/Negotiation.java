package vn.ocop.traceability.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Owns the content-negotiation rule shared by the resolver and the error mapper: who is a browser, who wants JSON. */
public final class Negotiation {

    private Negotiation() {
    }

    /** True when the most preferred concrete media type the client accepts is JSON (application/json or +json). */
    public static boolean wantsJson(HttpHeaders headers) {
        MediaType first = firstConcrete(headers);
        return first != null && isJson(first);
    }

    /** True when the most preferred concrete media type the client accepts is HTML: a browser. */
    public static boolean wantsHtml(HttpHeaders headers) {
        MediaType first = firstConcrete(headers);
        return first != null && (first.isCompatible(MediaType.TEXT_HTML_TYPE)
                || first.isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE));
    }

    private static boolean isJson(MediaType type) {
        return "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    private static MediaType firstConcrete(HttpHeaders headers) {
        if (headers == null) {
            return null;
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (!type.isWildcardType() && !type.isWildcardSubtype()) {
                return type;
            }
        }
        return null;
    }
}
