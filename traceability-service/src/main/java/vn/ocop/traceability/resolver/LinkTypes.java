package vn.ocop.traceability.resolver;

import java.util.List;
import java.util.Optional;

/**
 * The link types this resolver serves, from the GS1 Web Vocabulary ({@code https://gs1.org/voc/}), and the reading of a
 * {@code linkType} query parameter: {@code gs1:pip}, {@code https://gs1.org/voc/pip} and
 * {@code https://ref.gs1.org/voc/pip} all name the same link type.
 */
public final class LinkTypes {

    /** The GS1 Web Vocabulary namespace; linkset relation types are written in full in it. */
    public static final String GS1_VOC = "https://gs1.org/voc/";
    /** The namespace GS1 now publishes the same terms under; accepted in requests. */
    public static final String GS1_REF_VOC = "https://ref.gs1.org/voc/";
    public static final String GS1_PREFIX = "gs1:";

    /** Product information page: our consumer scan page. */
    public static final String PIP = GS1_VOC + "pip";
    /** The registry's OCOP certificate of the product. */
    public static final String CERTIFICATION_INFO = GS1_VOC + "certificationInfo";
    /** The lot's whole value chain as an EPCIS 2.0 document. */
    public static final String TRACEABILITY = GS1_VOC + "traceability";
    /** The lot's EPCIS events (query interface). */
    public static final String EPCIS = GS1_VOC + "epcis";
    /** Authenticity check of a serialized unit. */
    public static final String VERIFICATION_SERVICE = GS1_VOC + "verificationService";
    /** The link a resolver redirects to when nothing better is asked for. */
    public static final String DEFAULT_LINK = GS1_VOC + "defaultLink";

    /** {@code linkType} values asking for the whole linkset; {@code all} is the name GS1 used before 1.2. */
    public static final String LINKSET = "linkset";
    public static final String ALL = "all";

    /** Every link type this resolver may serve, in the order the linkset lists them. */
    public static final List<String> SERVED = List.of(DEFAULT_LINK, PIP, VERIFICATION_SERVICE, CERTIFICATION_INFO,
            TRACEABILITY, EPCIS);

    private LinkTypes() {
    }

    /** True when {@code linkType} asks for the linkset rather than one link. */
    public static boolean asksForLinkset(String linkType) {
        return LINKSET.equals(linkType) || ALL.equals(linkType);
    }

    /** The full GS1 vocabulary URI of a requested link type, or empty when it is not in the GS1 namespace. */
    public static Optional<String> canonical(String linkType) {
        if (linkType == null || linkType.isBlank()) {
            return Optional.empty();
        }
        String value = linkType.strip();
        for (String prefix : List.of(GS1_PREFIX, GS1_VOC, GS1_REF_VOC, "http://gs1.org/voc/")) {
            if (value.startsWith(prefix) && value.length() > prefix.length()) {
                return Optional.of(GS1_VOC + value.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    /** The compact form ({@code gs1:pip}) of a full GS1 vocabulary URI. */
    public static String compact(String linkType) {
        return linkType.startsWith(GS1_VOC) ? GS1_PREFIX + linkType.substring(GS1_VOC.length()) : linkType;
    }
}
