package vn.ocop.registry.platform.security;

import vn.ocop.contract.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Fails closed: a token carrying a scoped role without the scope claim that role needs is refused (403) on every
 * endpoint, so no code path can mistake a missing scope for national reach. Scoped roles: commune-officer
 * ({@code commune_code}), province-admin, council-member and council-secretary ({@code province_code}; national council
 * staff carry {@value #NATIONAL}), producer ({@code producer_id}, a UUID), and the value-chain parties processor,
 * distributor, retailer and partner ({@code organisation_id}).
 */
public class ScopeClaims {

    /** The {@code province_code} of national council staff. */
    public static final String NATIONAL = "national";

    /** Scoped role → the claim it cannot do without. */
    static final Map<String, String> REQUIRED = Roles.SCOPE_CLAIMS;

    private final CurrentIdentityAssociation identities;

    public ScopeClaims(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> requireScopeClaims() {
        return identities.getDeferredIdentity()
                .map(ScopeClaims::refusal)
                .map(refusal -> refusal.map(FieldError::field).map(claim -> ProblemMapper.respond(403, "missing-scope",
                        "The token's role needs the " + claim + " claim, which is missing or malformed",
                        List.of(refusal.get()))).orElse(null))
                // an invalid token is answered (401) by the authentication mechanism, not here
                .onFailure().recoverWithNull();
    }

    /** The claim at fault, if a scoped role of the identity lacks its claim (or a producer_id is not a UUID). */
    static Optional<FieldError> refusal(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        JsonWebToken jwt = identity.getPrincipal() instanceof JsonWebToken t ? t : null;
        for (var entry : REQUIRED.entrySet()) {
            if (!identity.hasRole(entry.getKey())) {
                continue;
            }
            String claim = entry.getValue();
            String value = jwt == null || !jwt.containsClaim(claim) || jwt.getClaim(claim) == null ? ""
                    : jwt.getClaim(claim).toString().replace("\"", "").strip();
            if (value.isEmpty() || claim.equals("producer_id") && !isUuid(value)) {
                return Optional.of(new FieldError(claim, "is required for the role " + entry.getKey()));
            }
        }
        return Optional.empty();
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
