package vn.ocop.registry.account.service;

import vn.ocop.contract.Roles;

import java.util.Set;

/** Which roles provisioning hands out, and which need which scope attribute (the identity contract). */
public final class AccountRoles {

    public static final String PROCESSOR = "processor";
    public static final String DISTRIBUTOR = "distributor";
    public static final String RETAILER = "retailer";
    /** Value-chain parties: sign up themselves and carry organisation_id. */
    public static final Set<String> VALUE_CHAIN = Set.of(PROCESSOR, DISTRIBUTOR, RETAILER);
    /** Scoped by province_code. */
    public static final Set<String> PROVINCIAL = Set.of(Roles.PROVINCE_ADMIN, Roles.COUNCIL_MEMBER,
            Roles.COUNCIL_SECRETARY);
    /** Every role an account of the programme may hold; one without any is a fresh self-registered account. */
    public static final Set<String> ALL = Set.of(Roles.ADMIN, Roles.MINISTRY, Roles.PROVINCE_ADMIN,
            Roles.COMMUNE_OFFICER, Roles.COUNCIL_MEMBER, Roles.COUNCIL_SECRETARY, Roles.PRODUCER, PROCESSOR,
            DISTRIBUTOR, RETAILER, "partner");

    private AccountRoles() {
    }
}
