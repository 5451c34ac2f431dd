package vn.ocop.registry.platform.security;

/** The roles carried in the JWT {@code groups} claim. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String COMMUNE_OFFICER = "commune-officer";
    public static final String PRODUCER = "producer";
    public static final String COUNCIL_MEMBER = "council-member";
    public static final String COUNCIL_SECRETARY = "council-secretary";
    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String MINISTRY = "ministry";

    private Roles() {
    }
}
