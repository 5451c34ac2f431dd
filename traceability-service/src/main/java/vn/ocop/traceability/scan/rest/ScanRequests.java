package vn.ocop.traceability.scan.rest;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import vn.ocop.traceability.scan.ScanPageRenderer;
import vn.ocop.traceability.serial.SerialVerifier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Reads what a scan request tells: the page language it wants and the scan context for the serial verifier. */
public final class ScanRequests {

    private ScanRequests() {
    }

    /** {@code ?lang=vi|en} first, then the first supported language of Accept-Language, else Vietnamese. */
    public static String language(UriInfo uri, HttpHeaders headers) {
        String lang = uri.getQueryParameters().getFirst("lang");
        if (lang != null && ScanPageRenderer.LANGUAGES.contains(lang.toLowerCase(Locale.ROOT))) {
            return lang.toLowerCase(Locale.ROOT);
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (ScanPageRenderer.LANGUAGES.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return ScanPageRenderer.LANGUAGES.get(0);
    }

    /**
     * The context of a consumer's scan: now, the coarse location the scanning app may pass as {@code lat}/{@code lon}
     * (ignored unless both are valid coordinates), the user agent and the client ({@link ScanClientFilter}).
     */
    public static SerialVerifier.ScanContext context(Clock clock, UriInfo uri, HttpHeaders headers,
                                                     RoutingContext routing) {
        Double latitude = coordinate(uri.getQueryParameters().getFirst("lat"), 90);
        Double longitude = coordinate(uri.getQueryParameters().getFirst("lon"), 180);
        boolean located = latitude != null && longitude != null;
        return new SerialVerifier.ScanContext(OffsetDateTime.now(clock), located ? latitude : null,
                located ? longitude : null, headers.getHeaderString(HttpHeaders.USER_AGENT),
                ScanClientFilter.client(routing));
    }

    private static Double coordinate(String value, double limit) {
        if (value == null) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value);
            return Double.isFinite(parsed) && Math.abs(parsed) <= limit ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
