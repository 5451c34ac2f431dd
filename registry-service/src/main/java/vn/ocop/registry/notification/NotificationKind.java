package vn.ocop.registry.notification;

/**
 * What a message tells. Essential kinds (a decision on the recipient's dossier or certificate) are always sent;
 * the others can be turned off per address.
 */
public enum NotificationKind {
    DOSSIER_RETURNED(true),
    DOSSIER_DECIDED(true),
    SCORING_ROUND_OPENED(false),
    CERTIFICATE_EXPIRING_60(false),
    CERTIFICATE_EXPIRING_30(false),
    CERTIFICATE_REVOKED(true),
    CERTIFICATE_EXPIRED(true),
    WEBHOOK_FAILING(false);

    private final boolean essential;

    NotificationKind(boolean essential) {
        this.essential = essential;
    }

    public boolean essential() {
        return essential;
    }

    /** Template name under {@code templates/notification/}: the kind in kebab case. */
    public String template() {
        return name().toLowerCase().replace('_', '-');
    }
}
