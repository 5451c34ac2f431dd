package vn.ocop.registry.webhook;

import vn.ocop.contract.EventTypes;

import java.util.Map;

/** The {@code type} of each webhook, and the registry fact it is sent for. */
public final class WebhookEventTypes {

    public static final String PRODUCT_CERTIFIED = "product.certified";
    public static final String CERTIFICATE_RENEWED = "certificate.renewed";
    public static final String CERTIFICATE_UPGRADED = "certificate.upgraded";
    public static final String CERTIFICATE_DOWNGRADED = "certificate.downgraded";
    public static final String CERTIFICATE_REVOKED = "certificate.revoked";
    public static final String CERTIFICATE_EXPIRED = "certificate.expired";
    /** A certified product's details or images changed: read it again from the catalog. */
    public static final String PRODUCT_UPDATED = "product.updated";

    private static final Map<String, String> BY_FACT = Map.of(
            EventTypes.CERTIFICATE_ISSUED, PRODUCT_CERTIFIED,
            EventTypes.CERTIFICATE_RENEWED, CERTIFICATE_RENEWED,
            EventTypes.CERTIFICATE_UPGRADED, CERTIFICATE_UPGRADED,
            EventTypes.CERTIFICATE_DOWNGRADED, CERTIFICATE_DOWNGRADED,
            EventTypes.CERTIFICATE_REVOKED, CERTIFICATE_REVOKED,
            EventTypes.CERTIFICATE_EXPIRED, CERTIFICATE_EXPIRED,
            EventTypes.PRODUCT_UPDATED, PRODUCT_UPDATED);

    private WebhookEventTypes() {
    }

    /** The webhook type sent for a fact of {@link EventTypes}, or null when partners are not told of it. */
    public static String forFact(String factType) {
        return BY_FACT.get(factType);
    }
}
