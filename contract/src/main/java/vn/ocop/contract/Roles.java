package vn.ocop.contract;

import java.util.Map;
import java.util.Set;

/**
 * The role names of OCOP tokens (the {@code groups} claim, realm roles of the identity provider) and the scope claim
 * each scoped role cannot do without; both services check tokens against these.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String MINISTRY = "ministry";
    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String COMMUNE_OFFICER = "commune-officer";
    public static final String COUNCIL_MEMBER = "council-member";
    public static final String COUNCIL_SECRETARY = "council-secretary";
    public static final String PRODUCER = "producer";
    public static final String PARTNER = "partner";
    public static final String PROCESSOR = "processor";
    public static final String DISTRIBUTOR = "distributor";
    public static final String RETAILER = "retailer";

    /** Value-chain party roles (the older generic {@code partner} included): they act for an organisation. */
    public static final Set<String> PARTY_ROLES = Set.of(PARTNER, PROCESSOR, DISTRIBUTOR, RETAILER);

    /** Scoped role → the claim it must carry; a token without it is refused (fail closed). */
    public static final Map<String, String> SCOPE_CLAIMS = Map.of(
            PRODUCER, TokenContract.PRODUCER_ID,
            COMMUNE_OFFICER, TokenContract.COMMUNE_CODE,
            PROVINCE_ADMIN, TokenContract.PROVINCE_CODE,
            COUNCIL_MEMBER, TokenContract.PROVINCE_CODE,
            COUNCIL_SECRETARY, TokenContract.PROVINCE_CODE,
            PARTNER, TokenContract.ORGANISATION_ID,
            PROCESSOR, TokenContract.ORGANISATION_ID,
            DISTRIBUTOR, TokenContract.ORGANISATION_ID,
            RETAILER, TokenContract.ORGANISATION_ID);

    private Roles() {
    }
}
