package vn.ocop.traceability.platform.security;

import java.util.Map;
import java.util.Set;

/** The role names ({@code groups} claim) and scope claims of OCOP tokens that this service checks. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PRODUCER = "producer";
    public static final String PARTNER = "partner";
    public static final String PROCESSOR = "processor";
    public static final String DISTRIBUTOR = "distributor";
    public static final String RETAILER = "retailer";
    public static final String COMMUNE_OFFICER = "commune-officer";
    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String MINISTRY = "ministry";
    public static final String COUNCIL_MEMBER = "council-member";
    public static final String COUNCIL_SECRETARY = "council-secretary";

    public static final String PRODUCER_ID_CLAIM = "producer_id";
    public static final String COMMUNE_CODE_CLAIM = "commune_code";
    public static final String PROVINCE_CODE_CLAIM = "province_code";
    public static final String ORGANISATION_ID_CLAIM = "organisation_id";
    /** Display name of the party behind the token, when the issuer sets it. */
    public static final String NAME_CLAIM = "name";

    /** Value-chain party roles (the older generic {@code partner} included): they act for an organisation. */
    public static final Set<String> PARTY_ROLES = Set.of(PARTNER, PROCESSOR, DISTRIBUTOR, RETAILER);

    /** The scope claim each scoped role must carry; a token without it is refused (fail closed). */
    public static final Map<String, String> SCOPE_CLAIMS = Map.of(
            PRODUCER, PRODUCER_ID_CLAIM,
            COMMUNE_OFFICER, COMMUNE_CODE_CLAIM,
            PROVINCE_ADMIN, PROVINCE_CODE_CLAIM,
            COUNCIL_MEMBER, PROVINCE_CODE_CLAIM,
            COUNCIL_SECRETARY, PROVINCE_CODE_CLAIM,
            PARTNER, ORGANISATION_ID_CLAIM,
            PROCESSOR, ORGANISATION_ID_CLAIM,
            DISTRIBUTOR, ORGANISATION_ID_CLAIM,
            RETAILER, ORGANISATION_ID_CLAIM);

    private Roles() {
    }
}
