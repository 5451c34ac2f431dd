package vn.ocop.traceability.platform.security;

/** The role names ({@code groups} claim) and scope claims of OCOP tokens that this service checks. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PRODUCER = "producer";
    public static final String PARTNER = "partner";
    public static final String COMMUNE_OFFICER = "commune-officer";
    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String MINISTRY = "ministry";

    public static final String PRODUCER_ID_CLAIM = "producer_id";
    /** Display name of the party behind the token, when the issuer sets it. */
    public static final String NAME_CLAIM = "name";

    private Roles() {
    }
}
