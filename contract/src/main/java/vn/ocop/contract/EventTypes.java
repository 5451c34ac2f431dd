package vn.ocop.contract;

/** CloudEvent {@code type} values published by the registry (docs/DOMAIN.md §2), one constant per fact. */
public final class EventTypes {

    public static final String SOURCE = "/registry";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public static final String PRODUCER_REGISTERED = "vn.ocop.registry.producer.registered.v1";
    public static final String PRODUCER_UPDATED = "vn.ocop.registry.producer.updated.v1";
    public static final String PRODUCT_REGISTERED = "vn.ocop.registry.product.registered.v1";
    public static final String PRODUCT_UPDATED = "vn.ocop.registry.product.updated.v1";
    public static final String DOSSIER_SUBMITTED = "vn.ocop.registry.dossier.submitted.v1";
    public static final String DOSSIER_DECIDED = "vn.ocop.registry.dossier.decided.v1";
    public static final String CERTIFICATE_ISSUED = "vn.ocop.registry.certificate.issued.v1";
    public static final String CERTIFICATE_RENEWED = "vn.ocop.registry.certificate.renewed.v1";
    public static final String CERTIFICATE_UPGRADED = "vn.ocop.registry.certificate.upgraded.v1";
    public static final String CERTIFICATE_DOWNGRADED = "vn.ocop.registry.certificate.downgraded.v1";
    public static final String CERTIFICATE_REVOKED = "vn.ocop.registry.certificate.revoked.v1";
    public static final String CERTIFICATE_EXPIRED = "vn.ocop.registry.certificate.expired.v1";
    /** The certificate lapses within the reminder period: the issuer notifies the producer (once per certificate). */
    public static final String CERTIFICATE_EXPIRING = "vn.ocop.registry.certificate.expiring.v1";

    /** CloudEvent {@code source} of the traceability service's events. */
    public static final String TRACEABILITY_SOURCE = "/traceability";
    /** A lot's value chain has events from ≥ 2 parties: a {@link ValueChainLinkData}, once per lot. */
    public static final String VALUE_CHAIN_LINKED = "vn.ocop.traceability.value-chain.linked.v1";

    private EventTypes() {
    }

    /** True for every certificate event; they all carry a {@link CertificateData}. */
    public static boolean isCertificateEvent(String type) {
        return type != null && type.startsWith("vn.ocop.registry.certificate.");
    }
}
