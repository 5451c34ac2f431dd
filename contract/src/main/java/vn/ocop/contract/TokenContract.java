package vn.ocop.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identity contract both services verify bearer tokens against: the audience, the claim names set by account
 * provisioning, and which verifier settings a production deployment must configure.
 */
public final class TokenContract {

    /** The audience every OCOP API access token carries. */
    public static final String AUDIENCE = "ocop-api";
    /** Roles (realm roles mapped by the identity provider). */
    public static final String GROUPS = "groups";
    public static final String PROVINCE_CODE = "province_code";
    public static final String COMMUNE_CODE = "commune_code";
    public static final String PRODUCER_ID = "producer_id";
    public static final String ORGANISATION_ID = "organisation_id";

    private TokenContract() {
    }

    /**
     * What is missing from the verifier configuration of a production service (empty when nothing is): tokens of an
     * unconfigured issuer or audience would otherwise be accepted from whoever holds a matching key.
     */
    public static List<String> missingProductionSettings(Optional<String> issuer, Optional<String> audiences) {
        List<String> missing = new ArrayList<>();
        if (issuer.filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("the token issuer (mp.jwt.verify.issuer / MP_JWT_VERIFY_ISSUER, e.g. "
                    + "https://auth.example.vn/realms/ocop)");
        }
        if (audiences.filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("the token audience (mp.jwt.verify.audiences / MP_JWT_VERIFY_AUDIENCES, normally " + AUDIENCE
                    + ")");
        }
        return missing;
    }
}
