package vn.ocop.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ocop.contract.Roles;
import vn.ocop.contract.TokenContract;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemMapper;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Fails closed: a token carrying a scoped role without the scope claim that role needs ({@link Roles#SCOPE_CLAIMS}) is
 * refused (403 missing-scope) on every endpoint of both services, public ones included, so no code path can mistake a
 * missing scope for national reach. A {@code producer_id} must be a UUID; a blank claim is missing.
 */
public class ScopeClaims {

    private final CurrentIdentityAssociation identities;

    public ScopeClaims(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /**
     * Checks the identity of a request that carries a token; a request without one (a consumer's scan) passes at once,
     * without waiting for an identity (null: the request is not even suspended). Tokens come only in the
     * Authorization header: neither service reads them from cookies.
     */
    @ServerRequestFilter
    public Uni<Response> requireScopeClaims(HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return null;
        }
        return identities.getDeferredIdentity()
                .map(ScopeClaims::refusal)
                .map(refusal -> refusal.map(e -> ProblemMapper.respond(e.status(), e.code(), e.getMessage(),
                        e.errors())).orElse(null))
                // an invalid token is answered (401) by the authentication mechanism, not here
                .onFailure().recoverWithNull();
    }

    /** The claim at fault, if a scoped role among {@code roles} lacks its claim (or a producer_id is not a UUID). */
    public static Optional<FieldError> missing(Set<String> roles, Function<String, String> claims) {
        for (String role : new TreeSet<>(roles)) {
            String claim = Roles.SCOPE_CLAIMS.get(role);
            if (claim == null) {
                continue;
            }
            String value = claims.apply(claim);
            String text = value == null ? "" : value.strip();
            if (text.isEmpty() || claim.equals(TokenContract.PRODUCER_ID) && !isUuid(text)) {
                return Optional.of(new FieldError(claim, "is required for the role " + role));
            }
        }
        return Optional.empty();
    }

    /** The 403 a token lacking {@code error}'s claim gets. */
    public static DomainException refusal(FieldError error) {
        return DomainException.forbidden("missing-scope", "The token's role needs the " + error.field()
                + " claim, which is missing or malformed", List.of(error));
    }

    private static Optional<DomainException> refusal(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return missing(identity.getRoles(), CallerProvider.claimsOf(identity)).map(ScopeClaims::refusal);
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
