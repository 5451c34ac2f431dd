package vn.ocop.traceability.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Owns the content-negotiation rules shared by the resolver, the scan page and the error mapper: who is a browser, who
 * wants JSON, what the answers vary with and which methods their paths allow.
 */
public final class Negotiation {

    /** Responses vary with the media type and the language the client accepts. */
    public static final String VARY = "Accept, Accept-Language";
    /** The methods every Digital Link, resolver and scan path allows. */
    public static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

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

    /** 204 with the methods a resolver or scan path allows and the CORS preflight headers. */
    public static Response preflight() {
        return Response.noContent().header("Allow", ALLOWED_METHODS)
                .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                .header("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type, Authorization")
                .header("Access-Control-Max-Age", "86400").build();
    }
}
